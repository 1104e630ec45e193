namespace Enbek.Web.Infrastructure;

/// <summary>An account with a one-time password reaches nothing but the password change until it is changed.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    private static readonly string[] AllowedPrefixes = ["/Account/ChangePassword", "/Account/Logout", "/Culture", "/health", "/Error", "/lib", "/css", "/js", "/favicon"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(PortalClaims.MustChangePassword, "true")
            && !AllowedPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
