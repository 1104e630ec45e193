using Enbek.Domain.Access;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Controllers;

/// <summary>Sends each role to the home page of its own area.</summary>
public sealed class HomeController : Controller
{
    public IActionResult Index()
    {
        var roles = User.PortalRoles();
        (string Area, string Controller) home = roles switch
        {
            _ when roles.Contains(PortalRole.Administrator) => ("Admin", "AdminHome"),
            _ when roles.Contains(PortalRole.CenterHead) || roles.Contains(PortalRole.CenterClerk) => ("Registry", "CenterHome"),
            _ when roles.Any(r => r is PortalRole.DistrictCommissionSecretary or PortalRole.DistrictCommissionMember
                or PortalRole.RegionalCommissionSecretary or PortalRole.RegionalCommissionMember) => ("Commissions", "CommissionHome"),
            _ when roles.Contains(PortalRole.RegionalOfficer) => ("Oversight", "RegionalHome"),
            _ when roles.Contains(PortalRole.MinistryAnalyst) => ("Analytics", "AnalyticsHome"),
            _ when roles.Any(r => r is PortalRole.LenderOfficer or PortalRole.GuarantorOfficer) => ("Lenders", "LenderHome"),
            _ when roles.Any(r => r is PortalRole.ChamberOfficer or PortalRole.EducationOfficer) => ("Partners", "PartnerHome"),
            _ => (string.Empty, string.Empty),
        };
        return home.Area.Length == 0 ? Forbid() : RedirectToAction("Index", home.Controller, new { area = home.Area });
    }
}
