using Enbek.Domain.Access;

namespace Enbek.Application.Setup;

/// <summary>A demo account; the README lists them all and a test signs in with each.</summary>
public sealed record DemoAccount(string UserName, string FullName, PortalRole[] Roles, string OrganisationKey, string Culture = "kk");
