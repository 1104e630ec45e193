using Enbek.Domain.Access;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class EditUserRolesForm : IUserRolesForm
{
    public List<PortalRole> Roles { get; set; } = [];
}
