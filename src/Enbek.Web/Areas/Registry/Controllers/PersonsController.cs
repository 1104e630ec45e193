using Enbek.Application.Territory;
using Enbek.Application.Registry.Persons;
using Enbek.Domain.Access;
using Enbek.Domain.Calendar;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>People registered at employment centers: the list, registration, and the case file.</summary>
[Area("Registry")]
[AuthorizeAction(PortalAction.PersonRegistryRead)]
public sealed class PersonsController(
    PersonSearchService search, PersonRegistrationService registration, CaseFileService caseFiles, TerritoryService territory,
    IStringLocalizer<SharedResource> t, TimeProvider clock) : Controller
{
    private bool AtCenter => User.Scope() is { Level: ScopeLevel.Center, CanWrite: true } && User.Can(PortalAction.PersonRegistryRecord);

    public async Task<IActionResult> Index([FromQuery] PersonFilter filter, CancellationToken cancellationToken) =>
        View(new PersonListViewModel(filter, await search.ListAsync(filter, cancellationToken), AtCenter));

    [AuthorizeAction(PortalAction.RecordsExport)]
    public async Task<IActionResult> Export([FromQuery] PersonFilter filter, string format = "csv", string separator = ",", CancellationToken cancellationToken = default)
    {
        var rows = await search.ExportAsync(filter, cancellationToken);
        var export = new PersonExport(t);
        return format == "xlsx"
            ? File(export.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "persons.xlsx")
            : File(export.Csv(rows, separator == ";" ? ';' : ','), "text/csv; charset=utf-8", "persons.csv");
    }

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken) =>
        View(new CaseFileViewModel(await caseFiles.GetAsync(id, cancellationToken), AtCenter));

    [HttpGet]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Register()
    {
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        return await RegisterView(new RegisterPersonForm { ConsentGivenOn = today, StatusSince = today }, null);
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Register([Bind(Prefix = nameof(RegisterPersonViewModel.Form))] RegisterPersonForm form, [FromServices] IValidator<RegisterPersonForm> validator, CancellationToken cancellationToken)
    {
        if (!AtCenter)
        {
            return Forbid();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, nameof(RegisterPersonViewModel.Form)))
        {
            return await RegisterView(form, null);
        }

        var registered = await registration.RegisterAsync(form.ToEntry(), cancellationToken);
        if (!registered.Result.Succeeded)
        {
            ModelState.AddErrors(registered.Result, t, nameof(RegisterPersonViewModel.Form));
            return await RegisterView(form, registered.HeldBy);
        }

        TempData["Message"] = t["The person has been registered."].Value;
        return RedirectToAction(nameof(Details), new { id = registered.PersonId });
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> ChangeStatus(long id, EmploymentStatus? status, DateOnly? since, string? note, CancellationToken cancellationToken)
    {
        var result = status is null || since is null
            ? Application.Common.ServiceResult.Fail("Status", "Choose the status and the date it began.")
            : await registration.ChangeStatusAsync(id, status.Value, since.Value, note, cancellationToken);
        return BackToCaseFile(id, result, "The status has been recorded.");
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> AddFamilyMember(
        long id, FamilyRelation? relation, string? fullName, DateOnly? birthDate, string? iin, [FromServices] FamilyService family, CancellationToken cancellationToken)
    {
        var result = relation is null
            ? Application.Common.ServiceResult.Fail("Relation", "Choose the relation.")
            : await family.AddAsync(id, new FamilyMemberEntry(relation.Value, fullName ?? string.Empty, birthDate, iin), cancellationToken);
        return BackToCaseFile(id, result, "The family member has been added.");
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> CorrectFamilyMember(
        long id, long memberId, FamilyRelation? relation, string? fullName, DateOnly? birthDate, string? iin, [FromServices] FamilyService family,
        CancellationToken cancellationToken)
    {
        var result = relation is null
            ? Application.Common.ServiceResult.Fail("Relation", "Choose the relation.")
            : await family.CorrectAsync(id, memberId, new FamilyMemberEntry(relation.Value, fullName ?? string.Empty, birthDate, iin), cancellationToken);
        return BackToCaseFile(id, result, "The family member has been corrected.");
    }

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> VoidFamilyMember(long id, long memberId, string? reason, [FromServices] FamilyService family, CancellationToken cancellationToken) =>
        BackToCaseFile(id, await family.VoidAsync(id, memberId, reason ?? string.Empty, cancellationToken), "The family member has been voided.");

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> CorrectIin(long id, string? iin, CancellationToken cancellationToken) =>
        BackToCaseFile(id, await registration.CorrectIinAsync(id, iin ?? string.Empty, cancellationToken), "The IIN has been corrected.");

    [HttpPost]
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Void(long id, string? reason, CancellationToken cancellationToken) =>
        BackToCaseFile(id, await registration.VoidAsync(id, reason ?? string.Empty, cancellationToken), "The registration has been voided.");

    /// <summary>Settlements of a district for the address field.</summary>
    [AuthorizeAction(PortalAction.PersonRegistryRecord)]
    public async Task<IActionResult> Settlements(long districtId)
    {
        var settlements = await territory.SettlementsOfDistrictAsync(districtId);
        return Json(settlements.Select(s => new { s.Id, Name = s.Name.ToString(), s.Kato }));
    }

    /// <summary>Case-file actions come back to the case file with the outcome as a message (the form is a single field).</summary>
    private RedirectToActionResult BackToCaseFile(long id, Application.Common.ServiceResult result, string successKey)
    {
        TempData.Report(result, t, successKey);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<ViewResult> RegisterView(RegisterPersonForm form, PersonHolder? heldBy) =>
        View("Register", new RegisterPersonViewModel(form, await territory.RegionsAsync(), await territory.CurrentDistrictsAsync(), heldBy));
}
