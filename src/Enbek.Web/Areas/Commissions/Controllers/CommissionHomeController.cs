using Enbek.Application.Home;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Commissions.Controllers;

[Area("Commissions")]
[Authorize(Roles = "DistrictCommissionSecretary,DistrictCommissionMember,RegionalCommissionSecretary,RegionalCommissionMember")]
public sealed class CommissionHomeController(DashboardService dashboard) : RoleHomeController(dashboard);
