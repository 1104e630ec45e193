using Enbek.Application.Registry.Participation;
using Enbek.Domain.Access;
using Enbek.Domain.Calendar;
using Enbek.Domain.Organisations;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>Applications to take part in the programme (өтініш): the center's queue, registration, decision, voiding.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRead)]
public sealed class ApplicationsController(ApplicationService applications, IStringLocalizer<SharedResource> t, TimeProvider clock) : Controller
{
    private bool AtCenter => User.Scope() is { Level: ScopeLevel.Center, CanWrite: true } && User.Can(PortalAction.PersonRegistryRecord);

    public async Task<IActionResult> Index([FromQuery] ApplicationFilter filter, CancellationToken cancellationToken) =>
        View(new ApplicationListViewModel(filter, await applications.ListAsync(filter, cancellationToken), AtCenter));

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var details = await applications.GetAsync(id, cancellationToken);
        var decide = new DecideApplicationForm { Version = details.Application.Version, DecidedOn = Today() };
        return View(new ApplicationDetailsViewModel(details, decide, AtCenter && details.HeldByActor));
    }

    [HttpGet]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Create(long personId, CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        var form = new SubmitApplicationForm { PersonId = personId, AppliedOn = Today() };
        return View(new ApplicationFormViewModel(form, await applications.ApplicantNameAsync(personId, cancellationToken)));
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Create(
        [Bind(Prefix = nameof(ApplicationFormViewModel.Form))] SubmitApplicationForm form, [FromServices] IValidator<SubmitApplicationForm> validator,
        CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        var name = await applications.ApplicantNameAsync(form.PersonId, cancellationToken);
        if (!await validator.ValidateIntoAsync(form, ModelState, nameof(ApplicationFormViewModel.Form)))
        {
            return View(new ApplicationFormViewModel(form, name));
        }

        var (result, id) = await applications.SubmitAsync(form.ToEntry(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, t, nameof(ApplicationFormViewModel.Form));
            return View(new ApplicationFormViewModel(form, name));
        }

        TempData["Message"] = t["The application has been registered."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Decide(
        long id, [Bind(Prefix = nameof(ApplicationDetailsViewModel.Decide))] DecideApplicationForm form, [FromServices] IValidator<DecideApplicationForm> validator,
        CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        var result = await validator.ValidateIntoAsync(form, ModelState, nameof(ApplicationDetailsViewModel.Decide))
            ? await applications.DecideAsync(id, form.Version, form.Decision!.Value, form.DecidedOn!.Value, form.RefusalReason, form.RefusalText, cancellationToken)
            : null;
        if (result is { Succeeded: true })
        {
            TempData["Message"] = t[form.Decision == Domain.Registry.ApplicationDecision.Included
                ? "The applicant has been included as a participant." : "The application has been refused."].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        var details = await applications.GetAsync(id, cancellationToken);
        if (result is not null)
        {
            ModelState.AddErrors(result, t, nameof(ApplicationDetailsViewModel.Decide));
            form.Version = details.Application.Version;
        }

        return View(nameof(Details), new ApplicationDetailsViewModel(details, form, AtCenter && details.HeldByActor));
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Void(long id, uint version, string? reason, CancellationToken cancellationToken)
    {
        var (result, _) = await applications.VoidAsync(id, version, reason ?? string.Empty, cancellationToken);
        TempData.Report(result, t, "The application has been voided.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private DateOnly Today() => KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
}
