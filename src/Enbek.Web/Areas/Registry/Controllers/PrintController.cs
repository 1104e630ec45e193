using Enbek.Application.Registry.Participation;
using Enbek.Application.Registry.Persons;
using Enbek.Domain.Access;
using Enbek.Web.Infrastructure;
using Enbek.Web.Printing;
using Microsoft.AspNetCore.Mvc;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>
/// Documents the holding center prints for the person to sign, in Kazakh or Russian (<c>?lang=kk|ru</c>), as a print page
/// or as a PDF (<c>?format=pdf</c>).
/// </summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRecord)]
public sealed class PrintController(HeldCaseFiles caseFiles, ParticipationDocuments participation, PrintedDocuments documents) : Controller
{
    public async Task<IActionResult> Consent(long id, string? lang, string? format, CancellationToken cancellationToken)
    {
        var caseFile = await caseFiles.GetAsync(id, cancellationToken);
        return await PrintAsync("Consent", caseFile, id, lang, format, $"consent-{caseFile.Person.Iin}", cancellationToken);
    }

    public async Task<IActionResult> Application(long id, string? lang, string? format, CancellationToken cancellationToken)
    {
        var document = await participation.ApplicationAsync(id, cancellationToken);
        return await PrintAsync("Application", document, document.Application.PersonId, lang, format, $"application-{document.Application.Number}", cancellationToken);
    }

    public async Task<IActionResult> RefusalNotice(long id, string? lang, string? format, CancellationToken cancellationToken)
    {
        var document = await participation.RefusalNoticeAsync(id, cancellationToken);
        return await PrintAsync("RefusalNotice", document, document.Application.PersonId, lang, format, $"refusal-{document.Application.Number}", cancellationToken);
    }

    public async Task<IActionResult> Contract(long id, string? lang, string? format, CancellationToken cancellationToken)
    {
        var document = await participation.ContractAsync(id, cancellationToken);
        return await PrintAsync("Contract", document, document.Contract.PersonId, lang, format, $"social-contract-{document.Contract.Number}", cancellationToken);
    }

    private Task<IActionResult> PrintAsync(
        string view, object model, long personId, string? lang, string? format, string fileName, CancellationToken cancellationToken)
    {
        var toolbar = new PrintToolbar(
            Url.Action("Details", "Persons", new { id = personId })!,
            Url.Action(view, new { id = RouteData.Values["id"] })!,
            DocumentLanguages.Parse(lang));
        return documents.RespondAsync(ControllerContext, view, model, toolbar, format == "pdf", fileName, cancellationToken);
    }
}
