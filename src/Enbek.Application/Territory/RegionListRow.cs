using Enbek.Domain.Common;
using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

/// <summary>A region's entry in a programme region list, and whether it lists the region today.</summary>
public sealed record RegionListRow(
    long Id, ProgrammeRegionListKind List, string Kato, LocalisedName Region, DateOnly? ValidFrom, DateOnly? ValidTo, string Basis, bool ListedToday);
