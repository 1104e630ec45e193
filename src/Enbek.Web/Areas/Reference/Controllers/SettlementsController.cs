using Enbek.Application.Registry;
using Enbek.Application.Territory;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Reference.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>Settlements with their programme class; the ministry administrator changes a class with a reason.</summary>
public sealed class SettlementsController(TerritoryService territory, RecordHistoryService history, IStringLocalizer<SharedResource> t)
    : ReferenceController(t)
{
    private const string SettlementsTable = "public.settlements";

    public async Task<IActionResult> Index([FromQuery] SettlementFilter filter)
    {
        if (filter.Query is { Length: > SettlementFilter.MaxQueryLength } query)
        {
            filter.Query = query[..SettlementFilter.MaxQueryLength];
        }

        return View(new SettlementListViewModel(filter, await territory.SearchSettlementsAsync(filter), await territory.DistrictOptionsAsync()));
    }

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken) =>
        View(await PageAsync(id, new ChangeSettlementClassForm(), cancellationToken));

    [HttpPost]
    [AuthorizeAction(PortalAction.ReferenceDataManage)]
    public async Task<IActionResult> ChangeClass(
        long id, [Bind(Prefix = "Form")] ChangeSettlementClassForm form, [FromServices] IValidator<ChangeSettlementClassForm> validator,
        CancellationToken cancellationToken)
    {
        if (await ValidAsync(validator, form, "Form")
            && Succeeded(await territory.ChangeSettlementClassAsync(id, form.NewClass!.Value, form.Reason!), "Form"))
        {
            return Done("The settlement's class has been changed.", nameof(Details), new { id });
        }

        return View(nameof(Details), await PageAsync(id, form, cancellationToken));
    }

    private async Task<SettlementDetailsViewModel> PageAsync(long id, ChangeSettlementClassForm form, CancellationToken cancellationToken)
    {
        var settlement = await territory.SettlementAsync(id);
        var entries = User.Can(PortalAction.RecordHistoryRead) ? await history.ForAsync(SettlementsTable, id, cancellationToken) : null;
        return new SettlementDetailsViewModel(settlement, await territory.SettlementHistoryAsync(id), entries, form, CanManage);
    }
}
