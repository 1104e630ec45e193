namespace Enbek.Web.Infrastructure;

/// <summary>Claims put on the sign-in cookie from the account's organisation.</summary>
public static class PortalClaims
{
    public const string OrganisationId = "enbek:org";
    public const string OrganisationKind = "enbek:org_kind";
    public const string ScopeLevel = "enbek:scope_level";
    public const string RegionId = "enbek:region";
    public const string DistrictId = "enbek:district";
    public const string ScopePath = "enbek:scope_path";
    public const string FullName = "enbek:full_name";
    public const string MustChangePassword = "enbek:must_change_password";
}
