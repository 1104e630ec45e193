using Enbek.Application.Registry;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>The reception journal: every visit or request to a center.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.ReceptionJournalRead)]
public sealed class ReceptionController(
    ReceptionJournalService journal, RecordHistoryService history, IStringLocalizer<SharedResource> t) : Controller
{
    public async Task<IActionResult> Index([FromQuery] ReceptionFilter filter, CancellationToken cancellationToken)
    {
        var page = await journal.ListAsync(filter, cancellationToken);
        return View(new ReceptionListViewModel(filter, page, User.Can(PortalAction.ReceptionJournalRecord) && User.Scope()?.Level == Domain.Organisations.ScopeLevel.Center));
    }

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var visit = await journal.GetAsync(id, cancellationToken);
        var entries = await history.ForAsync(RecordHistoryService.ReceptionVisits, id, cancellationToken);
        return View(new ReceptionDetailsViewModel(visit, entries));
    }

    [AuthorizeAction(PortalAction.ReceptionJournalRecord)]
    [HttpGet]
    public IActionResult Create() => View(new RecordVisitForm { VisitedAt = journal.NowToTheMinute() });

    [AuthorizeAction(PortalAction.ReceptionJournalRecord)]
    [HttpPost]
    public async Task<IActionResult> Create(RecordVisitForm form, [FromServices] IValidator<RecordVisitForm> validator, CancellationToken cancellationToken)
    {
        if (User.Scope()?.Level != Domain.Organisations.ScopeLevel.Center)
        {
            return Forbid();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var visitedAt = ReceptionJournalService.Instant(form.VisitedAt!.Value);
        var id = await journal.RecordAsync(
            new RecordVisit(visitedAt, form.PersonName, form.Iin, form.Phone, form.Purpose!.Value, form.Outcome!.Value, form.Notes),
            cancellationToken);
        TempData["Message"] = t["The visit has been recorded."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [AuthorizeAction(PortalAction.RecordsExport)]
    public async Task<IActionResult> Export([FromQuery] ReceptionFilter filter, string format = "csv", string separator = ",", CancellationToken cancellationToken = default)
    {
        var rows = await journal.ExportAsync(filter, cancellationToken);
        var export = new ReceptionExport(t);
        return format == "xlsx"
            ? File(export.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "reception-journal.xlsx")
            : File(export.Csv(rows, separator == ";" ? ';' : ','), "text/csv; charset=utf-8", "reception-journal.csv");
    }
}
