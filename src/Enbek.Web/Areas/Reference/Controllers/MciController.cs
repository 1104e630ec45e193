using Enbek.Application.ReferenceData;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Reference.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>The MCI by period; a new budget law adds a period.</summary>
public sealed class MciController(ReferenceDataService reference, IStringLocalizer<SharedResource> t) : ReferenceController(t)
{
    public async Task<IActionResult> Index() => View(await PageAsync(new AddMciPeriodForm()));

    [HttpPost]
    [AuthorizeAction(PortalAction.ReferenceDataManage)]
    public async Task<IActionResult> Add([Bind(Prefix = "Form")] AddMciPeriodForm form, [FromServices] IValidator<AddMciPeriodForm> validator)
    {
        if (await ValidAsync(validator, form, "Form")
            && Succeeded(
                await reference.AddMciPeriodAsync(
                    form.ValidFrom!.Value, TengeInput.Parse(form.Tenge), TengeInput.ParseOptional(form.TengeFinesTaxesOther), form.Source!.Trim()),
                "Form"))
        {
            return Done("The new MCI period has been added.", nameof(Index));
        }

        return View(nameof(Index), await PageAsync(form));
    }

    private async Task<MciPageViewModel> PageAsync(AddMciPeriodForm form) => new(await reference.MciPeriodsAsync(), form, CanManage);
}
