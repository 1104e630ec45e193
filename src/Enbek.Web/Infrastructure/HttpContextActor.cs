using Enbek.Data.Scope;
using Enbek.Domain.Organisations;

namespace Enbek.Web.Infrastructure;

/// <summary>The signed-in user as the actor of the request; anonymous requests have no scope.</summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public long? UserId => accessor.HttpContext?.User.UserId();

    public OrganisationScope? Scope => accessor.HttpContext?.User.Scope();
}
