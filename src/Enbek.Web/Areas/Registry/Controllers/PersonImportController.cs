using System.Globalization;
using Enbek.Application.Registry.Persons;
using Enbek.Domain.Access;
using Enbek.Domain.Calendar;
using Enbek.Domain.Organisations;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>
/// People registered from a file (CSV or .xlsx) into the clerk's own center: upload, a preview of every
/// row, one import of all good rows, and a report. The center is the signed-in clerk's, never a field.
/// </summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRecord)]
public sealed class PersonImportController(
    PersonImportService imports, PersonImportReader reader, ImportFileStore files, PersonImportLayout layout, PersonImportFiles sheets,
    IOptions<ImportOptions> options, IStringLocalizer<SharedResource> t, TimeProvider clock) : Controller
{
    /// <summary>Above the configurable file limit, so that a too large file gets the page's message rather than an error page.</summary>
    private const long RequestLimit = 64 * 1024 * 1024;

    private ImportOwner? Owner =>
        User.Scope() is { Level: ScopeLevel.Center, CanWrite: true } scope && User.UserId() is { } userId ? new ImportOwner(userId, scope.OrganisationId) : null;

    [HttpGet]
    public IActionResult Index() => Owner is null ? Forbid() : UploadPage(null);

    public IActionResult Template(string format = "xlsx", string separator = ",") =>
        format == "csv"
            ? File(sheets.TemplateCsv(separator == ";" ? ';' : ','), "text/csv; charset=utf-8", "persons-template.csv")
            : File(sheets.TemplateXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "persons-template.xlsx");

    [HttpPost]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (Owner is not { } owner)
        {
            return Forbid();
        }

        if (file is null)
        {
            return UploadPage(t["Choose a CSV or .xlsx file."]);
        }

        if (file.Length > options.Value.MaxFileBytes)
        {
            return UploadPage(t["The file is larger than {0} MB.", Megabytes(options.Value.MaxFileBytes)]);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (reader.Refusal(content) is { } error)
        {
            return UploadPage(error);
        }

        var id = await files.SaveAsync(owner, file.FileName, content, cancellationToken);
        return RedirectToAction(nameof(Preview), new { id });
    }

    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        if (Owner is not { } owner)
        {
            return Forbid();
        }

        var (file, check) = await CheckedAsync(id, owner, cancellationToken);
        var importedOn = file.ImportedAt is { } at ? KazakhstanTime.LocalDate(at, KazakhstanTime.NationalZone) : (DateOnly?)null;
        return View(new PersonImportPreviewViewModel(file, PersonImportReportRow.Of(check, file), check.Fingerprint, importedOn));
    }

    [HttpPost]
    public async Task<IActionResult> Import(string id, string? fingerprint, CancellationToken cancellationToken)
    {
        if (Owner is not { } owner)
        {
            return Forbid();
        }

        var file = await files.LoadAsync(id, owner, cancellationToken);
        if (file.ImportedAt is not null)
        {
            TempData["Error"] = t["This file has already been imported."].Value;
            return RedirectToAction(nameof(Preview), new { id });
        }

        var outcome = await imports.ImportAsync((await reader.ReadAsync(file.Content, cancellationToken)).Rows, fingerprint ?? string.Empty, cancellationToken);
        switch (outcome.Result)
        {
            case PersonImportResult.Imported:
                await files.MarkImportedAsync(file, owner, clock.GetUtcNow(), outcome.ImportedLines, cancellationToken);
                TempData["Message"] = outcome.ImportedApplications == 0
                    ? t["{0} people have been registered at your center.", outcome.ImportedLines.Count].Value
                    : $"{t["{0} people have been registered at your center.", outcome.ImportedLines.Count]} {t["{0} applications have been registered with them and wait for a decision.", outcome.ImportedApplications]}";
                break;
            case PersonImportResult.ChangedSincePreview:
                TempData["Error"] = t["The rows have changed since the preview (another center may have registered one of the IINs). Nothing has been imported: look at the rows again and import once more."].Value;
                break;
            default:
                TempData["Error"] = t["The file has no row that can be imported."].Value;
                break;
        }

        return RedirectToAction(nameof(Preview), new { id });
    }

    public async Task<IActionResult> Report(string id, string format = "xlsx", string separator = ",", CancellationToken cancellationToken = default)
    {
        if (Owner is not { } owner)
        {
            return Forbid();
        }

        var (file, check) = await CheckedAsync(id, owner, cancellationToken);
        var rows = PersonImportReportRow.Of(check, file);
        return format == "csv"
            ? File(sheets.ReportCsv(rows, separator == ";" ? ';' : ','), "text/csv; charset=utf-8", "persons-import-report.csv")
            : File(sheets.ReportXlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "persons-import-report.xlsx");
    }

    /// <summary>The owner's stored file with every row checked as of now.</summary>
    private async Task<(StoredImport File, PersonImportCheck Check)> CheckedAsync(string id, ImportOwner owner, CancellationToken cancellationToken)
    {
        var file = await files.LoadAsync(id, owner, cancellationToken);
        return (file, await imports.CheckAsync((await reader.ReadAsync(file.Content, cancellationToken)).Rows, cancellationToken));
    }

    private ViewResult UploadPage(string? error) =>
        View("Index", new PersonImportPageViewModel(layout, Megabytes(options.Value.MaxFileBytes), options.Value.MaxRows, error));

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);
}
