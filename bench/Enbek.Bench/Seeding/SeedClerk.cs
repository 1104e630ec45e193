namespace Enbek.Bench.Seeding;

/// <summary>Who entered a visit: an account of the center, or a name only (a clerk without an account).</summary>
public sealed record SeedClerk(long? UserId, string Name);
