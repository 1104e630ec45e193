using Enbek.Domain.Common;
using Enbek.Domain.Territory;

namespace Enbek.Domain.Organisations;

/// <summary>Any body that takes part in the programme; an employment center is a tenant.</summary>
public class Organisation
{
    public long Id { get; set; }
    public OrganisationKind Kind { get; set; }
    public LenderKind? LenderKind { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public string? Bin { get; set; }
    public long? RegionId { get; set; }
    public Region? Region { get; set; }
    public long? DistrictId { get; set; }
    public District? District { get; set; }

    /// <summary>Kept by the database from kind and territory (see <see cref="OrganisationScope"/>).</summary>
    public string ScopePath { get; set; } = string.Empty;
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public ScopeLevel Level => OrganisationScope.LevelOf(Kind);

    public OrganisationScope Scope() => new(
        Id, Kind, Level, RegionId, DistrictId,
        ScopePath,
        !OrganisationScope.IsReadOnly(Kind));

    public LocalisedName Name => new(NameKk, NameRu, NameEn);
}
