using Enbek.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Enbek.Web.Infrastructure;

/// <summary>One authorization policy per <see cref="PortalAction"/>, decided by the access matrix.</summary>
public sealed class PortalActionRequirement(PortalAction action) : IAuthorizationRequirement, IAuthorizationHandler
{
    public PortalAction Action { get; } = action;

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.Can(Action))
        {
            context.Succeed(this);
        }

        return Task.CompletedTask;
    }
}
