using Enbek.Data.Identity;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Controllers;

/// <summary>The language switcher: remembered in a cookie and, for a signed-in user, on the account.</summary>
[AllowAnonymous]
public sealed class CultureController(UserManager<ApplicationUser> users) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Set(string culture, string? returnUrl)
    {
        var name = PortalCultures.FromLanguage(culture);
        if (name is null)
        {
            return BadRequest();
        }

        PortalCultures.WriteCookie(Response, name);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            user.PreferredCulture = name[..2];
            await users.UpdateAsync(user);
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
    }
}
