using Enbek.Application.ReferenceData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>Today's values at a glance and the way to the rest of the reference data.</summary>
public sealed class HomeController(ReferenceDataService reference, IStringLocalizer<SharedResource> t) : ReferenceController(t)
{
    public async Task<IActionResult> Index() => View(await reference.OverviewAsync());
}
