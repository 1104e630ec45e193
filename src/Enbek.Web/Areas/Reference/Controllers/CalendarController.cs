using Enbek.Application.ReferenceData;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Reference.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>Holidays, transferred days off and working weekends by year, and the working days the rules count.</summary>
public sealed class CalendarController(ReferenceDataService reference, IStringLocalizer<SharedResource> t) : ReferenceController(t)
{
    /// <param name="year">The year shown; this year when absent or not a sensible year.</param>
    /// <param name="check">A date to answer "is it a working day?" for.</param>
    /// <param name="edit">A day to load into the form.</param>
    public async Task<IActionResult> Index(int? year, DateOnly? check, DateOnly? edit)
    {
        var form = edit is { } day && await reference.CalendarDayAsync(day) is { } stored
            ? SaveCalendarDayForm.From(stored)
            : new SaveCalendarDayForm { Date = edit };
        return View(await PageAsync(year ?? edit?.Year ?? check?.Year, check, form));
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.ReferenceDataManage)]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] SaveCalendarDayForm form, [FromServices] IValidator<SaveCalendarDayForm> validator)
    {
        if (await ValidAsync(validator, form, "Form") && Succeeded(await reference.SaveCalendarDayAsync(form.ToRow()), "Form"))
        {
            return Done("The calendar day has been saved.", nameof(Index), new { year = form.Date!.Value.Year });
        }

        return View(nameof(Index), await PageAsync(form.Date?.Year, null, form));
    }

    private async Task<CalendarPageViewModel> PageAsync(int? year, DateOnly? check, SaveCalendarDayForm form)
    {
        var shown = year is >= 2000 and <= 2100 ? year.Value : reference.Today().Year;
        var isWorkingDay = check is { } date ? await reference.IsWorkingDayAsync(date) : null;
        return new CalendarPageViewModel(await reference.CalendarYearAsync(shown), check, isWorkingDay, form, CanManage);
    }
}
