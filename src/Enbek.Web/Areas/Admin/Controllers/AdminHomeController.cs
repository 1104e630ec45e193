using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = "Administrator")]
public sealed class AdminHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
