using Enbek.Application.ReferenceData;
using Enbek.Data;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Reference.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>The minimum wage and the subsistence minimum by period; a new budget law adds a period.</summary>
public sealed class AmountsController(ReferenceDataService reference, IStringLocalizer<SharedResource> t) : ReferenceController(t)
{
    public async Task<IActionResult> Index() => View(await PageAsync(new AddAmountPeriodForm { Kind = EffectiveAmountRow.MinimumWage }));

    [HttpPost]
    [AuthorizeAction(PortalAction.ReferenceDataManage)]
    public async Task<IActionResult> Add([Bind(Prefix = "Form")] AddAmountPeriodForm form, [FromServices] IValidator<AddAmountPeriodForm> validator)
    {
        if (await ValidAsync(validator, form, "Form")
            && Succeeded(await reference.AddAmountPeriodAsync(form.Kind!, form.ValidFrom!.Value, TengeInput.Parse(form.Tenge), form.Source!.Trim()), "Form"))
        {
            return Done("The new period has been added.", nameof(Index));
        }

        return View(nameof(Index), await PageAsync(form));
    }

    private async Task<AmountsPageViewModel> PageAsync(AddAmountPeriodForm form) => new(
        await reference.AmountsAsync(EffectiveAmountRow.MinimumWage), await reference.AmountsAsync(EffectiveAmountRow.SubsistenceMinimum), form, CanManage);
}
