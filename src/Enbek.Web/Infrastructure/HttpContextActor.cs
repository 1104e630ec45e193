using Enbek.Data.Scope;
using Enbek.Domain.Organisations;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// The signed-in user of the current request as the actor; anonymous requests have no scope. One
/// instance serves every request (it reads the request through the accessor), so pooled database
/// contexts can hold it. The scope is read from the principal's claims once per request and principal.
/// </summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private static readonly object ItemKey = new();

    public long? UserId => accessor.HttpContext?.User.UserId();

    public OrganisationScope? Scope
    {
        get
        {
            if (accessor.HttpContext is not { } http)
            {
                return null;
            }

            if (http.Items.TryGetValue(ItemKey, out var item) && item is ScopeOf known && ReferenceEquals(known.Principal, http.User))
            {
                return known.Scope;
            }

            var scope = http.User.Scope();
            http.Items[ItemKey] = new ScopeOf(http.User, scope);
            return scope;
        }
    }

    private sealed record ScopeOf(System.Security.Claims.ClaimsPrincipal Principal, OrganisationScope? Scope);
}
