using Enbek.Application.Home;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Infrastructure;

/// <summary>Common work of the role home pages: each area's own controller adds its role and its view.</summary>
public abstract class RoleHomeController(DashboardService dashboard) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.ForActorAsync(cancellationToken));
}
