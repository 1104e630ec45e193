using Enbek.Domain.Registry;

namespace Enbek.Bench.Seeding;

/// <summary>One generated reception visit, before it is written to COPY.</summary>
public sealed record SeedVisit(
    DateTimeOffset VisitedAt,
    string PersonName,
    string? Iin,
    string? Phone,
    VisitPurpose Purpose,
    VisitOutcome Outcome,
    string? Notes,
    SeedClerk Clerk,
    DateTimeOffset CreatedAt);
