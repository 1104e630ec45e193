using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Oversight.Controllers;

[Area("Oversight")]
[Authorize(Roles = "RegionalOfficer")]
public sealed class RegionalHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
