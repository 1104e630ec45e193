using System.Globalization;
using System.Security.Claims;
using Enbek.Data;
using Enbek.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Infrastructure;

/// <summary>Adds the organisation and its scope to the principal at sign-in.</summary>
public sealed class PortalClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<ApplicationRole> roleManager,
    IOptions<IdentityOptions> options,
    EnbekDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        var scope = organisation.Scope();
        identity.AddClaim(new Claim(PortalClaims.OrganisationId, scope.OrganisationId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(PortalClaims.OrganisationKind, scope.Kind.ToString()));
        identity.AddClaim(new Claim(PortalClaims.ScopeLevel, scope.Level.ToString()));
        identity.AddClaim(new Claim(PortalClaims.ScopePath, scope.Path));
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (scope.RegionId is { } region)
        {
            identity.AddClaim(new Claim(PortalClaims.RegionId, region.ToString(CultureInfo.InvariantCulture)));
        }

        if (scope.DistrictId is { } district)
        {
            identity.AddClaim(new Claim(PortalClaims.DistrictId, district.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
