using Enbek.Domain.Access;

namespace Enbek.Web.Areas.Admin.Models;

/// <summary>The roles chosen for an account, as both its create and its roles forms hold them.</summary>
public interface IUserRolesForm
{
    List<PortalRole> Roles { get; }
}
