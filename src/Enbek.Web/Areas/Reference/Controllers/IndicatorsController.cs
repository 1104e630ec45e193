using Enbek.Application.Indicators;
using Enbek.Web.Areas.Reference.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>The indicator catalogue with plan values by year from each plan source.</summary>
public sealed class IndicatorsController(IndicatorCatalogueService catalogue, IStringLocalizer<SharedResource> t) : ReferenceController(t)
{
    public async Task<IActionResult> Index()
    {
        var rows = await catalogue.CatalogueAsync();
        var years = rows.SelectMany(r => r.Plan.Keys).Distinct().Order().ToList();
        return View(new IndicatorsViewModel(IndicatorGroup.Of(rows), years));
    }
}
