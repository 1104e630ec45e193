using Enbek.Application.Registry.Persons;
using Enbek.Domain.Access;
using Enbek.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>Transfer requests between centers: asked from the registration form, answered here.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRecord)]
public sealed class TransfersController(PersonTransferService transfers, IStringLocalizer<SharedResource> t) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await transfers.ListAsync(cancellationToken));

    [HttpPost]
    public async Task<IActionResult> RequestTransfer(string? iin, string? note, CancellationToken cancellationToken)
    {
        var (result, _) = await transfers.RequestAsync(iin ?? string.Empty, note, cancellationToken);
        return Back(result, "The transfer has been requested. The holding center will answer.");
    }

    [HttpPost]
    public async Task<IActionResult> Accept(long id, CancellationToken cancellationToken) =>
        Back(await transfers.AcceptAsync(id, cancellationToken), "The transfer has been accepted.");

    [HttpPost]
    public async Task<IActionResult> Refuse(long id, string? reason, CancellationToken cancellationToken) =>
        Back(await transfers.RefuseAsync(id, reason ?? string.Empty, cancellationToken), "The transfer has been refused.");

    private RedirectToActionResult Back(Application.Common.ServiceResult result, string successKey)
    {
        TempData.Report(result, t, successKey);
        return RedirectToAction(nameof(Index));
    }
}
