using Enbek.Domain.Access;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class CreateUserForm : IUserRolesForm
{
    public string UserName { get; set; } = string.Empty;
    public string FullName { get; set; } = string.Empty;
    public long? OrganisationId { get; set; }
    public List<PortalRole> Roles { get; set; } = [];
    public string PreferredCulture { get; set; } = "kk";
}
