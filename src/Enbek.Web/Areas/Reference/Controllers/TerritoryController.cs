using Enbek.Application.Territory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>Regions of KATO, and a region's districts with their codes and names over time.</summary>
public sealed class TerritoryController(TerritoryService territory, IStringLocalizer<SharedResource> t) : ReferenceController(t)
{
    public async Task<IActionResult> Index() => View(await territory.RegionsAsync());

    public async Task<IActionResult> Region(long id) => View(await territory.RegionAsync(id));
}
