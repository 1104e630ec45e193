using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Analytics.Controllers;

[Area("Analytics")]
[Authorize(Roles = "MinistryAnalyst")]
public sealed class AnalyticsHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
