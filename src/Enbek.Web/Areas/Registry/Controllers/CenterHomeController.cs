using Enbek.Application.Home;
using Enbek.Application.Registry.Persons;
using Enbek.Web.Areas.Registry.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>A clerk's day: the center's figures and what waits for an answer.</summary>
[Area("Registry")]
[Authorize(Roles = "CenterClerk,CenterHead")]
public sealed class CenterHomeController(DashboardService dashboard, CenterDayService day) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CenterHomeViewModel(await dashboard.ForActorAsync(cancellationToken), await day.ForActorAsync(cancellationToken)));
}
