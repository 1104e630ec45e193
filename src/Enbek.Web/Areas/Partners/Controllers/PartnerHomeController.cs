using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Partners.Controllers;

[Area("Partners")]
[Authorize(Roles = "ChamberOfficer,EducationOfficer")]
public sealed class PartnerHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
