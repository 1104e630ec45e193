using Enbek.Domain.Access;

namespace Enbek.Web.Areas.Admin.Models;

/// <summary>The role checkboxes of an account's form: the roles offered and those chosen.</summary>
public sealed record RoleChoices(IReadOnlyList<PortalRole> Roles, IReadOnlyCollection<PortalRole> Chosen);
