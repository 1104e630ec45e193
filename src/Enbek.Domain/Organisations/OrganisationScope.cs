namespace Enbek.Domain.Organisations;

/// <summary>
/// What an organisation may see: a materialised path compared by prefix serves every level, and
/// records addressed to the organisation are a second condition. The country is an explicit scope.
/// Paths are kept by the database (Sql/scope.sql): "/" the country, "/r{region}/", "/r{region}/d{district}/",
/// "/r{region}/d{district}/c{center}/", and "/x{organisation}/" for addressees, which no tenant row starts with.
/// </summary>
public sealed record OrganisationScope(
    long OrganisationId,
    OrganisationKind Kind,
    ScopeLevel Level,
    long? RegionId,
    long? DistrictId,
    string Path,
    bool CanWrite)
{
    public const string CountryPath = "/";

    public static ScopeLevel LevelOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ministry or OrganisationKind.WorkforceDevelopmentCenter or OrganisationKind.NationalChamber => ScopeLevel.Country,
        OrganisationKind.RegionalChamber or OrganisationKind.RegionalExecutiveBody or OrganisationKind.RegionalCommission => ScopeLevel.Region,
        OrganisationKind.DistrictExecutiveBody or OrganisationKind.DistrictCommission => ScopeLevel.District,
        OrganisationKind.EmploymentCenter => ScopeLevel.Center,
        _ => ScopeLevel.Addressee,
    };

    /// <summary>National bodies read every programme record and change none.</summary>
    public static bool IsReadOnly(OrganisationKind kind) => LevelOf(kind) == ScopeLevel.Country;

    public bool Covers(string tenantPath) => tenantPath.StartsWith(Path, StringComparison.Ordinal);
}
