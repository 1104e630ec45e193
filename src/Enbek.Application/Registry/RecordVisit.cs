using Enbek.Domain.Registry;

namespace Enbek.Application.Registry;

/// <summary>What a clerk enters for one visit; the center comes from the clerk's organisation, never from the form.</summary>
public sealed record RecordVisit(
    DateTimeOffset VisitedAt, string PersonName, string? Iin, string? Phone, VisitPurpose Purpose, VisitOutcome Outcome, string? Notes);
