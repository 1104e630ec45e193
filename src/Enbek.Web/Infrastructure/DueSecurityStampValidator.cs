using Enbek.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// Checks the account's security stamp (deactivated, password reset, roles changed) when the
/// validation interval has passed since the cookie was issued, as Identity's validator does, but
/// builds that validator (and with it the sign-in and user managers and their store) only then,
/// not on every request.
/// </summary>
public sealed class DueSecurityStampValidator(IOptions<SecurityStampValidatorOptions> options) : ISecurityStampValidator
{
    public Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = options.Value.TimeProvider ?? TimeProvider.System;
        if (context.Properties.IssuedUtc is { } issued && clock.GetUtcNow() - issued <= options.Value.ValidationInterval)
        {
            return Task.CompletedTask;
        }

        return context.HttpContext.RequestServices.GetRequiredService<SecurityStampValidator<ApplicationUser>>().ValidateAsync(context);
    }
}
