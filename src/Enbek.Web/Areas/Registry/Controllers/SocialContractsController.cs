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

/// <summary>Social contracts (әлеуметтік келісімшарт): the center's list by end of term, signing on an included application, each later step.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRead)]
public sealed class SocialContractsController(
    SocialContractService contracts, ApplicationService applications, IStringLocalizer<SharedResource> t, TimeProvider clock) : Controller
{
    private bool AtCenter => User.Scope() is { Level: ScopeLevel.Center, CanWrite: true } && User.Can(PortalAction.PersonRegistryRecord);

    public async Task<IActionResult> Index([FromQuery] ContractFilter filter, CancellationToken cancellationToken) =>
        View(new ContractListViewModel(filter, await contracts.ListAsync(filter, cancellationToken)));

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var details = await contracts.GetAsync(id, cancellationToken);
        var step = new ContractStepForm { Version = details.Contract.Version, On = Today() };
        return View(new ContractDetailsViewModel(details, step, AtCenter && details.HeldByActor));
    }

    [HttpGet]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Create(long applicationId, CancellationToken cancellationToken)
    {
        var application = await HeldApplicationAsync(applicationId, cancellationToken);
        if (application is null)
        {
            return Forbid();
        }

        var today = Today();
        var form = new SignSocialContractForm
        {
            ApplicationId = applicationId,
            SignedOn = today,
            TermStart = today,
            TermEnd = today.AddMonths(6),
            Measures = [.. application.Application.RequestedMeasures],
            CenterObligations = t["SocialContract.CenterObligationsTemplate"].Value,
            ParticipantObligations = t["SocialContract.ParticipantObligationsTemplate"].Value,
            EmployerObligations = t["SocialContract.EmployerObligationsTemplate"].Value,
        };
        return View(new ContractFormViewModel(form, application));
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Create(
        [Bind(Prefix = nameof(ContractFormViewModel.Form))] SignSocialContractForm form, [FromServices] IValidator<SignSocialContractForm> validator,
        CancellationToken cancellationToken)
    {
        var application = await HeldApplicationAsync(form.ApplicationId, cancellationToken);
        if (application is null)
        {
            return Forbid();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, nameof(ContractFormViewModel.Form)))
        {
            return View(new ContractFormViewModel(form, application));
        }

        var (result, id) = await contracts.SignAsync(form.ToEntry(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, t, nameof(ContractFormViewModel.Form));
            return View(new ContractFormViewModel(form, application));
        }

        TempData["Message"] = t["The social contract has been signed."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Step(
        long id, [Bind(Prefix = nameof(ContractDetailsViewModel.StepForm))] ContractStepForm form, [FromServices] IValidator<ContractStepForm> validator,
        CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        var result = await validator.ValidateIntoAsync(form, ModelState, nameof(ContractDetailsViewModel.StepForm))
            ? await contracts.StepAsync(id, form.Version, form.Step!.Value, form.On!.Value, form.TerminationReason, form.TerminationText, cancellationToken)
            : null;
        if (result is { Succeeded: true })
        {
            TempData["Message"] = t["ContractStep.Done." + form.Step].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        var details = await contracts.GetAsync(id, cancellationToken);
        if (result is not null)
        {
            ModelState.AddErrors(result, t, nameof(ContractDetailsViewModel.StepForm));
            form.Version = details.Contract.Version;
        }

        return View(nameof(Details), new ContractDetailsViewModel(details, form, AtCenter && details.HeldByActor));
    }

    /// <summary>The application a contract is signed on, when the actor's center holds it; null when the actor is not at a center.</summary>
    private async Task<ApplicationDetails?> HeldApplicationAsync(long applicationId, CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return null;
        }

        var application = await applications.GetAsync(applicationId, cancellationToken);
        return application.HeldByActor ? application : throw new Application.Common.NotFoundException("Application");
    }

    private DateOnly Today() => KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
}
