using Enbek.Application.Accounts;
using Enbek.Application.Common;
using Enbek.Application.Organisations;
using Enbek.Application.Territory;
using Enbek.Application.Registry;
using Enbek.Domain.Access;
using Enbek.Domain.Organisations;
using Enbek.Domain.Territory;
using Enbek.Web.Areas.Admin.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Controllers;

/// <summary>The organisations an administrator manages, and the members of their commissions.</summary>
[Area("Admin")]
[AuthorizeAction(PortalAction.OrganisationsManage)]
public sealed class OrganisationsController(
    OrganisationAdminService organisations,
    CommissionMemberService members,
    UserAdminService users,
    TerritoryService territory,
    RecordHistoryService history,
    IStringLocalizer<SharedResource> t) : AdminPageController(t)
{
    public async Task<IActionResult> Index([FromQuery] OrganisationFilter filter, CancellationToken cancellationToken)
    {
        var rows = await organisations.ListAsync(filter, cancellationToken);
        var territory = await organisations.TerritoryChoicesAsync(cancellationToken);
        return View(new OrganisationListViewModel(filter, rows, territory.Regions));
    }

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var organisation = await organisations.GetAsync(id, cancellationToken);
        List<KatoCode> regionKato = organisation.RegionId is { } regionId ? await territory.KatoHistoryAsync(TerritoryLevel.Region, regionId) : [];
        List<KatoCode> districtKato = organisation.DistrictId is { } districtId ? await territory.KatoHistoryAsync(TerritoryLevel.District, districtId) : [];
        var accounts = await users.ListAsync(new UserFilter { OrganisationId = id }, cancellationToken);
        List<CommissionMember> commissionMembers = organisation.IsCommission ? await members.ForCommissionAsync(id, cancellationToken) : [];
        var entries = await history.ForAsync(RecordHistoryService.Organisations, id, cancellationToken);
        return View(new OrganisationDetailsViewModel(
            organisation, regionKato, districtKato, accounts, commissionMembers, entries, organisation.Id == User.OrganisationId()));
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await OfferChoicesAsync(cancellationToken);
        return View(new CreateOrganisationForm());
    }

    [HttpPost]
    public async Task<IActionResult> Create(
        CreateOrganisationForm form, [FromServices] IValidator<CreateOrganisationForm> validator, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            var (result, id) = await organisations.CreateAsync(
                new Organisation
                {
                    Kind = form.Kind!.Value,
                    LenderKind = form.LenderKind,
                    NameKk = form.NameKk.Trim(),
                    NameRu = form.NameRu.Trim(),
                    NameEn = form.NameEn.Trim(),
                    Bin = form.Bin,
                    RegionId = form.RegionId,
                    DistrictId = form.DistrictId,
                },
                cancellationToken);
            if (Accepted(result))
            {
                return Done("The organisation has been created.", id);
            }
        }

        await OfferChoicesAsync(cancellationToken);
        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken)
    {
        var organisation = await ShowAsync(id, cancellationToken);
        var name = organisation.Name;
        return View(new EditOrganisationForm { NameKk = name.Kk, NameRu = name.Ru, NameEn = name.En, Bin = organisation.Bin });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(
        long id, EditOrganisationForm form, [FromServices] IValidator<EditOrganisationForm> validator, CancellationToken cancellationToken)
    {
        await ShowAsync(id, cancellationToken);
        if (await validator.ValidateIntoAsync(form, ModelState)
            && Accepted(await organisations.UpdateAsync(id, new OrganisationNames(form.NameKk, form.NameRu, form.NameEn, form.Bin), cancellationToken)))
        {
            return Done("The organisation has been saved.", id);
        }

        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Deactivate(long id, CancellationToken cancellationToken) =>
        DoneOrRefused(await organisations.SetActiveAsync(id, false, cancellationToken), "The organisation has been deactivated.", id);

    [HttpPost]
    public async Task<IActionResult> Reactivate(long id, CancellationToken cancellationToken) =>
        DoneOrRefused(await organisations.SetActiveAsync(id, true, cancellationToken), "The organisation has been reactivated.", id);

    [HttpGet]
    public async Task<IActionResult> AddMember(long id, CancellationToken cancellationToken)
    {
        await ShowCommissionAsync(id, cancellationToken);
        return View(new AddCommissionMemberForm { ValidFrom = members.Today() });
    }

    [HttpPost]
    public async Task<IActionResult> AddMember(
        long id, AddCommissionMemberForm form, [FromServices] IValidator<AddCommissionMemberForm> validator, CancellationToken cancellationToken)
    {
        await ShowCommissionAsync(id, cancellationToken);
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            var draft = new CommissionMember { FullName = form.FullName, JobTitle = form.JobTitle, Position = form.Position!.Value, ValidFrom = form.ValidFrom!.Value };
            if (Accepted(await members.AddAsync(id, draft, cancellationToken)))
            {
                return Done("The member has been added to the commission.", id);
            }
        }

        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> EndMembership(long id, long memberId, CancellationToken cancellationToken)
    {
        await ShowMemberAsync(id, memberId, cancellationToken);
        return View(new EndCommissionMembershipForm { ValidTo = members.Today() });
    }

    [HttpPost]
    public async Task<IActionResult> EndMembership(
        long id, long memberId, EndCommissionMembershipForm form, [FromServices] IValidator<EndCommissionMembershipForm> validator,
        CancellationToken cancellationToken)
    {
        await ShowMemberAsync(id, memberId, cancellationToken);
        if (await validator.ValidateIntoAsync(form, ModelState)
            && Accepted(await members.EndAsync(id, memberId, form.ValidTo!.Value, cancellationToken)))
        {
            return Done("The membership has been ended.", id);
        }

        return View(form);
    }

    private async Task OfferChoicesAsync(CancellationToken cancellationToken) =>
        ViewData[nameof(OrganisationChoices)] = new OrganisationChoices(
            organisations.CreatableKinds(), await organisations.TerritoryChoicesAsync(cancellationToken));

    /// <summary>The organisation a page is about (404 outside the administrator's scope), for its heading.</summary>
    private async Task<OrganisationSummary> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var organisation = await organisations.GetAsync(id, cancellationToken);
        ViewData[nameof(OrganisationSummary)] = organisation;
        return organisation;
    }

    /// <summary>Members are added only to commissions; any other organisation answers 404 here.</summary>
    private async Task ShowCommissionAsync(long id, CancellationToken cancellationToken)
    {
        if (!(await ShowAsync(id, cancellationToken)).IsCommission)
        {
            throw new NotFoundException("Commission");
        }
    }

    private async Task ShowMemberAsync(long id, long memberId, CancellationToken cancellationToken)
    {
        ViewData[nameof(CommissionMember)] = await members.GetAsync(id, memberId, cancellationToken);
        await ShowAsync(id, cancellationToken);
    }
}
