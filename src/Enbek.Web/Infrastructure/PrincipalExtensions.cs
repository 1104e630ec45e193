using System.Globalization;
using System.Security.Claims;
using Enbek.Domain.Access;
using Enbek.Domain.Organisations;

namespace Enbek.Web.Infrastructure;

public static class PrincipalExtensions
{
    public static long? UserId(this ClaimsPrincipal user) => Long(user, ClaimTypes.NameIdentifier);

    public static long? OrganisationId(this ClaimsPrincipal user) => Long(user, PortalClaims.OrganisationId);

    public static string FullName(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? string.Empty;

    public static IReadOnlyList<PortalRole> PortalRoles(this ClaimsPrincipal user) =>
        [.. user.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<PortalRole>(c.Value, out var r) ? (PortalRole?)r : null).OfType<PortalRole>()];

    /// <summary>The organisation's scope as signed in; null for anonymous or incomplete principals.</summary>
    public static OrganisationScope? Scope(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || OrganisationId(user) is not { } organisationId
            || !Enum.TryParse<OrganisationKind>(user.FindFirstValue(PortalClaims.OrganisationKind), out var kind)
            || user.FindFirstValue(PortalClaims.ScopePath) is not { } path)
        {
            return null;
        }

        return new OrganisationScope(
            organisationId, kind, OrganisationScope.LevelOf(kind),
            Long(user, PortalClaims.RegionId), Long(user, PortalClaims.DistrictId), path, !OrganisationScope.IsReadOnly(kind));
    }

    public static bool Can(this ClaimsPrincipal user, PortalAction action) =>
        user.Scope() is { } scope && user.PortalRoles().Any(r => AccessMatrix.AllowsIn(r, action, scope.Kind));

    private static long? Long(ClaimsPrincipal user, string type) =>
        long.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
