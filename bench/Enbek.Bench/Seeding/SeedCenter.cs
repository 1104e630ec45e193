namespace Enbek.Bench.Seeding;

/// <summary>An employment center that receives seeded visits: its tenant columns, its share and its clerks.</summary>
public sealed record SeedCenter(long Id, long RegionId, long DistrictId, string ScopePath, double Weight, IReadOnlyList<SeedClerk> Clerks);
