using Enbek.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Enbek.Web.Infrastructure;

/// <summary>[AuthorizeAction(PortalAction.X)] — the policy named after the action.</summary>
public sealed class AuthorizeActionAttribute : AuthorizeAttribute
{
    public AuthorizeActionAttribute(PortalAction action)
        : base(action.ToString())
    {
        Action = action;
    }

    public PortalAction Action { get; }
}
