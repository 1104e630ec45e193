using Enbek.Application.Common;
using Enbek.Application.Organisations;
using Enbek.Data;
using Enbek.Data.Identity;
using Enbek.Domain.Access;
using Enbek.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Accounts;

/// <summary>
/// Accounts of the organisations an administrator manages. Accounts are deactivated, never deleted;
/// new and reset passwords are one-time passwords that must be changed at first login.
/// </summary>
public sealed class UserAdminService(
    EnbekDbContext db, UserManager<ApplicationUser> users, OrganisationAdminService organisations, TimeProvider clock)
{
    public async Task<List<UserSummary>> ListAsync(long? organisationId, CancellationToken cancellationToken = default)
    {
        var manageable = organisations.Manageable().Select(o => o.Id);
        var query = db.Users.AsNoTracking().Where(u => manageable.Contains(u.OrganisationId));
        if (organisationId is { } id)
        {
            query = query.Where(u => u.OrganisationId == id);
        }

        var rows = await query
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id, u.UserName, u.FullName, u.OrganisationId, u.Organisation!.NameKk, u.Organisation.NameRu, u.Organisation.NameEn,
                u.IsActive, u.MustChangePassword, u.LastSignInAt, u.LockoutEnd,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .Take(1000)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(u => new UserSummary(u.Id, u.UserName!, u.FullName, u.OrganisationId, new LocalisedName(u.NameKk, u.NameRu, u.NameEn),
            u.IsActive, u.MustChangePassword, u.LastSignInAt, u.LockoutEnd, u.Roles))];
    }

    public async Task<UserSummary> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await ListAsyncById(id, cancellationToken)) ?? throw new NotFoundException("User");

    /// <summary>Creates an account and returns its one-time password.</summary>
    public async Task<(ServiceResult Result, string? Password)> CreateAsync(
        string userName, string fullName, long organisationId, IReadOnlyCollection<PortalRole> roles, string culture, CancellationToken cancellationToken = default)
    {
        var organisation = await organisations.Manageable().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (organisation is null)
        {
            return (ServiceResult.Fail("OrganisationId", "OrganisationNotManaged"), null);
        }

        if (roles.Count == 0 || roles.Any(r => !AccessMatrix.CanBeHeldBy(r, organisation.Kind)))
        {
            return (ServiceResult.Fail("Roles", "RoleNotForOrganisation"), null);
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return (ServiceResult.Fail("UserName", "UserNameTaken"), null);
        }

        var password = OneTimePassword.Generate();
        var user = new ApplicationUser
        {
            UserName = userName.Trim(),
            FullName = fullName.Trim(),
            OrganisationId = organisation.Id,
            PreferredCulture = culture,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (new ServiceResult([.. created.Errors.Select(e => ("UserName", e.Code))]), null);
        }

        await users.AddToRolesAsync(user, roles.Select(r => r.ToString()));
        return (ServiceResult.Ok, password);
    }

    public async Task SetActiveAsync(long id, bool active, CancellationToken cancellationToken = default)
    {
        var user = await ManageableUserAsync(id, cancellationToken);
        user.IsActive = active;
        await users.UpdateAsync(user);

        // A new security stamp signs the account out everywhere within a minute.
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>Issues a new one-time password and unlocks the account.</summary>
    public async Task<string> ResetPasswordAsync(long id, CancellationToken cancellationToken = default)
    {
        var user = await ManageableUserAsync(id, cancellationToken);
        var password = OneTimePassword.Generate();
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
        return password;
    }

    private async Task<ApplicationUser> ManageableUserAsync(long id, CancellationToken cancellationToken)
    {
        var manageable = organisations.Manageable().Select(o => o.Id);
        return await db.Users.SingleOrDefaultAsync(u => u.Id == id && manageable.Contains(u.OrganisationId), cancellationToken)
            ?? throw new NotFoundException("User");
    }

    private async Task<UserSummary?> ListAsyncById(long id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? null : (await ListAsync(user.OrganisationId, cancellationToken)).SingleOrDefault(u => u.Id == id);
    }
}
