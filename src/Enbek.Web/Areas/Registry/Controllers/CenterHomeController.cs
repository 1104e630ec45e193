using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Registry.Controllers;

[Area("Registry")]
[Authorize(Roles = "CenterClerk,CenterHead")]
public sealed class CenterHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
