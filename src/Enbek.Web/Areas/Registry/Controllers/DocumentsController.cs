using Enbek.Application.Common;
using Enbek.Application.Registry.Persons;
using Enbek.Domain.Access;
using Enbek.Domain.Registry;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>Documents attached to a case file: attach, open, void.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRead)]
public sealed class DocumentsController(PersonDocumentService documents, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    [RequestSizeLimit(DocumentFileRule.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentFileRule.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Attach(long personId, DocumentKind? kind, IFormFile? file, CancellationToken cancellationToken)
    {
        var result = file is null || kind is null
            ? ServiceResult.Fail("File", "Choose the kind of document and a file.")
            : await AttachAsync(personId, kind.Value, file, cancellationToken);
        return BackToCaseFile(personId, result, "The document has been attached.");
    }

    /// <summary>Always as a download, under the type its content was recognised as: never rendered in the portal's origin.</summary>
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken)
    {
        var document = await documents.OpenAsync(id, cancellationToken);
        return File(document.Content, document.ContentType, document.FileName);
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Void(long id, string? reason, CancellationToken cancellationToken)
    {
        var (result, personId) = await documents.VoidAsync(id, reason ?? string.Empty, cancellationToken);
        return BackToCaseFile(personId, result, "The document has been voided.");
    }

    private async Task<ServiceResult> AttachAsync(long personId, DocumentKind kind, IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        return await documents.AttachAsync(personId, kind, file.FileName, stream, file.Length, cancellationToken);
    }

    private RedirectToActionResult BackToCaseFile(long personId, ServiceResult result, string successKey)
    {
        TempData.Report(result, t, successKey);
        return RedirectToAction("Details", "Persons", new { id = personId });
    }
}
