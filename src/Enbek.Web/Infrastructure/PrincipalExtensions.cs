using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Enbek.Domain.Access;
using Enbek.Domain.Organisations;

namespace Enbek.Web.Infrastructure;

public static class PrincipalExtensions
{
    /// <summary>
    /// The scope and roles read from a principal's claims, once per principal: a page asks for them
    /// many times (the menu, the actor of every query, each permission), and a principal's claims do
    /// not change after sign-in. Entries go with their principal.
    /// </summary>
    private static readonly ConditionalWeakTable<ClaimsPrincipal, Portal> Read = [];

    public static long? UserId(this ClaimsPrincipal user) => Long(user, ClaimTypes.NameIdentifier);

    public static long? OrganisationId(this ClaimsPrincipal user) => Long(user, PortalClaims.OrganisationId);

    public static string FullName(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? string.Empty;

    public static IReadOnlyList<PortalRole> PortalRoles(this ClaimsPrincipal user) => Of(user).Roles;

    /// <summary>The organisation's scope as signed in; null for anonymous or incomplete principals.</summary>
    public static OrganisationScope? Scope(this ClaimsPrincipal user) => Of(user).Scope;

    public static bool Can(this ClaimsPrincipal user, PortalAction action) =>
        Of(user) is { Scope: { } scope } portal && portal.Roles.Any(r => AccessMatrix.AllowsIn(r, action, scope.Kind));

    private static Portal Of(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? Read.GetValue(user, ReadClaims) : Portal.Anonymous;

    private static Portal ReadClaims(ClaimsPrincipal user)
    {
        IReadOnlyList<PortalRole> roles =
            [.. user.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<PortalRole>(c.Value, out var r) ? (PortalRole?)r : null).OfType<PortalRole>()];
        if (OrganisationId(user) is not { } organisationId
            || !Enum.TryParse<OrganisationKind>(user.FindFirstValue(PortalClaims.OrganisationKind), out var kind)
            || user.FindFirstValue(PortalClaims.ScopePath) is not { } path)
        {
            return new Portal(null, roles);
        }

        var scope = new OrganisationScope(
            organisationId, kind, OrganisationScope.LevelOf(kind),
            Long(user, PortalClaims.RegionId), Long(user, PortalClaims.DistrictId), path, !OrganisationScope.IsReadOnly(kind));
        return new Portal(scope, roles);
    }

    private static long? Long(ClaimsPrincipal user, string type) =>
        long.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed record Portal(OrganisationScope? Scope, IReadOnlyList<PortalRole> Roles)
    {
        public static readonly Portal Anonymous = new(null, []);
    }
}
