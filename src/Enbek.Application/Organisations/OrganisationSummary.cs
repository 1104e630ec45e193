using Enbek.Domain.Common;
using Enbek.Domain.Organisations;

namespace Enbek.Application.Organisations;

/// <summary>An organisation as the administrator's pages show it, with the names of its region and district.</summary>
public sealed record OrganisationSummary(
    long Id, OrganisationKind Kind, LenderKind? LenderKind, LocalisedName Name, string? Bin,
    long? RegionId, LocalisedName? RegionName, long? DistrictId, LocalisedName? DistrictName,
    bool IsActive, DateTimeOffset CreatedAt)
{
    public ScopeLevel Level => OrganisationScope.LevelOf(Kind);

    public bool IsCommission => CommissionComposition.IsCommission(Kind);
}
