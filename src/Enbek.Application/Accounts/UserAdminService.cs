using Enbek.Application.Common;
using Enbek.Application.Organisations;
using Enbek.Data;
using Enbek.Data.Identity;
using Enbek.Data.Scope;
using Enbek.Domain.Access;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Accounts;

/// <summary>
/// Accounts of the organisations an administrator manages. Accounts are deactivated, never deleted;
/// new and reset passwords are one-time passwords that must be changed at first login.
/// </summary>
public sealed class UserAdminService(
    EnbekDbContext db, UserManager<ApplicationUser> users, OrganisationAdminService organisations, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The most accounts a list shows; a filter narrows it.</summary>
    public const int ListLimit = 1000;

    /// <summary>Languages an account may prefer (kk, the state language, first).</summary>
    public static readonly IReadOnlyList<string> Languages = ["kk", "ru", "en"];

    public Task<List<UserSummary>> ListAsync(UserFilter filter, CancellationToken cancellationToken = default)
    {
        var query = ManageableUsers().AsNoTracking();
        if (filter.OrganisationId is { } organisationId)
        {
            query = query.Where(u => u.OrganisationId == organisationId);
        }

        if (filter.Active is { } active)
        {
            query = query.Where(u => u.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var pattern = TextSearch.Containing(filter.Query);
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.FullName, pattern));
        }

        return SummariesAsync(query.OrderBy(u => u.UserName).Take(ListLimit), cancellationToken);
    }

    public async Task<UserSummary> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await SummariesAsync(ManageableUsers().AsNoTracking().Where(u => u.Id == id), cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("User");

    /// <summary>Creates an account and returns its id and its one-time password.</summary>
    public async Task<(ServiceResult Result, long Id, string? Password)> CreateAsync(
        string userName, string fullName, long organisationId, IReadOnlyCollection<PortalRole> roles, string culture, CancellationToken cancellationToken = default)
    {
        var organisation = await organisations.Manageable().SingleOrDefaultAsync(o => o.Id == organisationId && o.IsActive, cancellationToken);
        if (organisation is null)
        {
            return (ServiceResult.Fail("OrganisationId", "OrganisationNotManaged"), 0, null);
        }

        if (RolesRefusal(roles, organisation.Kind) is { } refusal)
        {
            return (refusal, 0, null);
        }

        if (await users.FindByNameAsync(userName.Trim()) is not null)
        {
            return (ServiceResult.Fail("UserName", "UserNameTaken"), 0, null);
        }

        var password = OneTimePassword.Generate();
        var user = new ApplicationUser
        {
            UserName = userName.Trim(),
            FullName = fullName.Trim(),
            OrganisationId = organisation.Id,
            PreferredCulture = Languages.Contains(culture) ? culture : Languages[0],
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (new ServiceResult([.. created.Errors.Select(e => ("UserName", e.Code))]), 0, null);
        }

        await users.AddToRolesAsync(user, roles.Select(r => r.ToString()));
        await transaction.CommitAsync(cancellationToken);
        return (ServiceResult.Ok, user.Id, password);
    }

    /// <summary>Replaces an account's roles; an administrator cannot take their own administration away.</summary>
    public async Task<ServiceResult> SetRolesAsync(long id, IReadOnlyCollection<PortalRole> roles, CancellationToken cancellationToken = default)
    {
        var user = await ManageableUserAsync(id, cancellationToken);
        var kind = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Kind).SingleAsync(cancellationToken);
        if (RolesRefusal(roles, kind) is { } refusal)
        {
            return refusal;
        }

        if (user.Id == actor.UserId && !roles.Contains(PortalRole.Administrator))
        {
            return ServiceResult.Fail("Roles", "CannotRemoveOwnAdministrator");
        }

        var wanted = roles.Select(r => r.ToString()).ToList();
        var current = await users.GetRolesAsync(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));

        // A new security stamp makes the account sign in again, with its new roles, within a minute.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    /// <summary>Deactivates or reactivates an account; an administrator cannot deactivate their own.</summary>
    public async Task<ServiceResult> SetActiveAsync(long id, bool active, CancellationToken cancellationToken = default)
    {
        var user = await ManageableUserAsync(id, cancellationToken);
        if (!active && user.Id == actor.UserId)
        {
            return ServiceResult.Fail(string.Empty, "CannotDeactivateYourself");
        }

        user.IsActive = active;
        await users.UpdateAsync(user);

        // A new security stamp signs the account out everywhere within a minute.
        await users.UpdateSecurityStampAsync(user);
        return ServiceResult.Ok;
    }

    /// <summary>Issues a new one-time password and unlocks the account.</summary>
    public async Task<string> ResetPasswordAsync(long id, CancellationToken cancellationToken = default)
    {
        var user = await ManageableUserAsync(id, cancellationToken);
        var password = OneTimePassword.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", reset.Errors.Select(e => e.Code)));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }

    private static ServiceResult? RolesRefusal(IReadOnlyCollection<PortalRole> roles, OrganisationKind kind) =>
        roles.Count == 0 ? ServiceResult.Fail("Roles", "RoleRequired")
        : roles.Any(r => !Enum.IsDefined(r) || !AccessMatrix.CanBeHeldBy(r, kind)) ? ServiceResult.Fail("Roles", "RoleNotForOrganisation")
        : null;

    private IQueryable<ApplicationUser> ManageableUsers()
    {
        var manageable = organisations.ManageableIds();
        return db.Users.Where(u => manageable.Contains(u.OrganisationId));
    }

    private async Task<ApplicationUser> ManageableUserAsync(long id, CancellationToken cancellationToken) =>
        await ManageableUsers().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("User");

    private async Task<List<UserSummary>> SummariesAsync(IQueryable<ApplicationUser> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(u => new
            {
                u.Id, u.UserName, u.FullName, u.OrganisationId, u.Organisation!.NameKk, u.Organisation.NameRu, u.Organisation.NameEn, u.Organisation.Kind,
                u.IsActive, u.MustChangePassword, u.LastSignInAt, u.LockoutEnd, u.PreferredCulture, u.CreatedAt,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(u => new UserSummary(
            u.Id, u.UserName!, u.FullName, u.OrganisationId, new LocalisedName(u.NameKk, u.NameRu, u.NameEn), u.Kind,
            u.IsActive, u.MustChangePassword, u.LastSignInAt, u.LockoutEnd, u.Roles, u.PreferredCulture, u.CreatedAt))];
    }
}
