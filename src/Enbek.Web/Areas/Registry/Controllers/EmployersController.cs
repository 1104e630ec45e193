using Enbek.Application.Employers;
using Enbek.Application.Registry;
using Enbek.Application.Territory;
using Enbek.Domain.Access;
using Enbek.Domain.Organisations;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>The national register of employers: read by everyone in the registry, entered and kept up to date by centers.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRead)]
public sealed class EmployersController(EmployerService employers, TerritoryService territory, RecordHistoryService history, IStringLocalizer<SharedResource> t) : Controller
{
    private const string EmployersTable = "public.employers";

    private bool AtCenter => User.Scope() is { Level: ScopeLevel.Center, CanWrite: true } && User.Can(PortalAction.PersonRegistryRecord);

    public async Task<IActionResult> Index(string? query, long? regionId, CancellationToken cancellationToken) =>
        View(new EmployerListViewModel(query, regionId, await employers.SearchAsync(query, regionId, cancellationToken), await territory.RegionsAsync(), AtCenter));

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var employer = await employers.GetAsync(id, cancellationToken);
        var regions = await territory.RegionsAsync();
        var districts = await territory.CurrentDistrictsAsync();
        return View(new EmployerDetailsViewModel(employer, regions.SingleOrDefault(r => r.Id == employer.RegionId),
            districts.SingleOrDefault(d => d.Id == employer.DistrictId), await history.ForAsync(EmployersTable, id, cancellationToken), AtCenter));
    }

    [HttpGet]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public Task<ViewResult> Create() => FormView(null, new EmployerForm { StateSharePercent = 0m });

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] EmployerForm form, [FromServices] IValidator<EmployerForm> validator, CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, "Form"))
        {
            return await FormView(null, form);
        }

        var (result, id) = await employers.CreateAsync(form.ToEntry(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, t, "Form");
            return await FormView(null, form);
        }

        TempData["Message"] = t["The employer has been saved."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<ViewResult> Edit(long id, CancellationToken cancellationToken) =>
        await FormView(id, EmployerForm.From(await employers.GetAsync(id, cancellationToken)));

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Edit(long id, [Bind(Prefix = "Form")] EmployerForm form, [FromServices] IValidator<EmployerForm> validator, CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, "Form"))
        {
            return await FormView(id, form);
        }

        var result = await employers.UpdateAsync(id, form.ToEntry(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, t, "Form");
            return await FormView(id, form);
        }

        TempData["Message"] = t["The employer has been saved."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<ViewResult> FormView(long? id, EmployerForm form) =>
        View("Form", new EmployerFormViewModel(id, form, await territory.RegionsAsync(), await territory.CurrentDistrictsAsync()));
}
