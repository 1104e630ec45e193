namespace Enbek.Application.Territory;

/// <summary>A region with its own code history and its districts (current first), each with theirs.</summary>
public sealed record RegionDetails(RegionRow Region, IReadOnlyList<KatoPeriodRow> Codes, IReadOnlyList<DistrictRow> Districts);
