using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Lenders.Controllers;

[Area("Lenders")]
[Authorize(Roles = "LenderOfficer,GuarantorOfficer")]
public sealed class LenderHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
