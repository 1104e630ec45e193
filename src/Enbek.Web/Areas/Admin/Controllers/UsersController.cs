using Enbek.Application.Accounts;
using Enbek.Application.Organisations;
using Enbek.Application.Registry;
using Enbek.Domain.Access;
using Enbek.Web.Areas.Admin.Models;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Controllers;

/// <summary>
/// Accounts of the organisations an administrator manages. A new or reset password is a one-time
/// password: shown once, handed over in person, changed by its holder at the first sign-in.
/// </summary>
[Area("Admin")]
[AuthorizeAction(PortalAction.UsersManage)]
public sealed class UsersController(
    UserAdminService users,
    OrganisationAdminService organisations,
    LoginHistoryService logins,
    RecordHistoryService history,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : AdminPageController(t)
{
    public async Task<IActionResult> Index([FromQuery] UserFilter filter, CancellationToken cancellationToken)
    {
        var rows = await users.ListAsync(filter, cancellationToken);
        var choices = await organisations.ListAsync(new OrganisationFilter(), cancellationToken);
        return View(new UserListViewModel(filter, rows, choices));
    }

    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(id, cancellationToken);
        var password = TempData[OneTimePasswordKey] as string;
        if (password is not null)
        {
            Response.Headers.CacheControl = "no-store";
        }

        return View(new UserDetailsViewModel(
            user,
            await logins.ForUserAsync(id),
            await history.ForAsync(RecordHistoryService.Users, id, cancellationToken),
            password,
            user.IsLockedOutAt(clock.GetUtcNow()),
            user.Id == User.UserId()));
    }

    [HttpGet]
    public async Task<IActionResult> Create(long? organisationId, CancellationToken cancellationToken)
    {
        await OfferOrganisationsAsync(cancellationToken);
        return View(new CreateUserForm { OrganisationId = organisationId });
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserForm form, [FromServices] IValidator<CreateUserForm> validator, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            var (result, id, password) = await users.CreateAsync(
                form.UserName, form.FullName, form.OrganisationId!.Value, form.Roles, form.PreferredCulture, cancellationToken);
            if (Accepted(result))
            {
                TempData[OneTimePasswordKey] = password;
                return Done("The account has been created.", id);
            }
        }

        await OfferOrganisationsAsync(cancellationToken);
        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> EditRoles(long id, CancellationToken cancellationToken)
    {
        var user = await ShowAsync(id, cancellationToken);
        return View(new EditUserRolesForm { Roles = [.. user.PortalRoles] });
    }

    [HttpPost]
    public async Task<IActionResult> EditRoles(
        long id, EditUserRolesForm form, [FromServices] IValidator<EditUserRolesForm> validator, CancellationToken cancellationToken)
    {
        await ShowAsync(id, cancellationToken);
        if (await validator.ValidateIntoAsync(form, ModelState) && Accepted(await users.SetRolesAsync(id, form.Roles, cancellationToken)))
        {
            return Done("The roles have been saved.", id);
        }

        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Deactivate(long id, CancellationToken cancellationToken) =>
        DoneOrRefused(await users.SetActiveAsync(id, false, cancellationToken), "The account has been deactivated.", id);

    [HttpPost]
    public async Task<IActionResult> Reactivate(long id, CancellationToken cancellationToken) =>
        DoneOrRefused(await users.SetActiveAsync(id, true, cancellationToken), "The account has been reactivated.", id);

    [HttpPost]
    public async Task<IActionResult> ResetPassword(long id, CancellationToken cancellationToken)
    {
        TempData[OneTimePasswordKey] = await users.ResetPasswordAsync(id, cancellationToken);
        return Done("A new one-time password has been issued and the account is unlocked.", id);
    }

    /// <summary>Active organisations the administrator manages, for the account's organisation.</summary>
    private async Task OfferOrganisationsAsync(CancellationToken cancellationToken) =>
        ViewData[nameof(OrganisationSummary)] = await organisations.ListAsync(new OrganisationFilter { Active = true }, cancellationToken);

    /// <summary>The account a page is about (404 outside the administrator's scope), for its heading.</summary>
    private async Task<UserSummary> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(id, cancellationToken);
        ViewData[nameof(UserSummary)] = user;
        return user;
    }
}
