using Enbek.Application.ReferenceData;
using Enbek.Application.Territory;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Reference.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>
/// The programme's region lists: labour-mobility origin and receiving regions, Serpin's regions.
/// The Government sets the receiving regions, so the ministry administrator adds and removes them.
/// </summary>
public sealed class RegionListsController(TerritoryService territory, ReferenceDataService reference, IStringLocalizer<SharedResource> t)
    : ReferenceController(t)
{
    public async Task<IActionResult> Index() => View(await PageAsync(new AddReceivingRegionForm { ValidFrom = reference.Today() }, null));

    [HttpPost]
    [AuthorizeAction(PortalAction.ReferenceDataManage)]
    public async Task<IActionResult> Add([Bind(Prefix = "Add")] AddReceivingRegionForm form, [FromServices] IValidator<AddReceivingRegionForm> validator)
    {
        if (await ValidAsync(validator, form, "Add")
            && Succeeded(await territory.AddReceivingRegionAsync(form.RegionId!.Value, form.ValidFrom!.Value, form.Basis!), "Add"))
        {
            return Done("The region has been added to the receiving regions.", nameof(Index));
        }

        return View(nameof(Index), await PageAsync(form, null));
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.ReferenceDataManage)]
    public async Task<IActionResult> End(long id, [Bind(Prefix = "End")] EndReceivingRegionForm form, [FromServices] IValidator<EndReceivingRegionForm> validator)
    {
        if (await ValidAsync(validator, form, "End")
            && Succeeded(await territory.EndReceivingRegionAsync(id, form.LastDay!.Value), "End"))
        {
            return Done("The region has been taken off the receiving regions.", nameof(Index));
        }

        return View(nameof(Index), await PageAsync(new AddReceivingRegionForm { ValidFrom = reference.Today() }, id));
    }

    private async Task<RegionListsViewModel> PageAsync(AddReceivingRegionForm form, long? failedEntryId) =>
        new(await territory.RegionListsAsync(), await territory.RegionsAsync(), reference.Today(), form, failedEntryId, CanManage);
}
