using Enbek.Domain.Organisations;

namespace Enbek.Application.Setup;

/// <summary>A demo organisation, placed by KATO code of its region and district.</summary>
public sealed record DemoOrganisation(
    string Key, OrganisationKind Kind, string NameKk, string NameRu, string NameEn,
    string? RegionKato = null, string? DistrictKato = null, LenderKind? LenderKind = null, string? Bin = null);
