using Enbek.Data.Scope;
using Enbek.Domain.Organisations;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// The signed-in user of the current request as the actor; anonymous requests have no scope. One
/// instance serves every request (it reads the request through the accessor), so pooled database
/// contexts can hold it.
/// </summary>
public sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public long? UserId => accessor.HttpContext?.User.UserId();

    public OrganisationScope? Scope => accessor.HttpContext?.User.Scope();
}
