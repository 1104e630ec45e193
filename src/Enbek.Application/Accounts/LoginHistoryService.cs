using Enbek.Data;
using Enbek.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Accounts;

/// <summary>Keeps every sign-in attempt as the account's login history.</summary>
public sealed class LoginHistoryService(EnbekDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string userName, long? userId, bool succeeded, string outcome, string? address)
    {
        db.LoginEvents.Add(new LoginEvent
        {
            At = clock.GetUtcNow(),
            UserName = userName.Length > 256 ? userName[..256] : userName,
            UserId = userId,
            Succeeded = succeeded,
            Outcome = outcome,
            RemoteAddress = address,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>An account of a deactivated organisation signs in no more than a deactivated account does.</summary>
    public Task<bool> OrganisationIsActiveAsync(long organisationId) =>
        db.Organisations.AnyAsync(o => o.Id == organisationId && o.IsActive);

    public Task<List<LoginEvent>> ForUserAsync(long userId, int take = 50) =>
        db.LoginEvents.AsNoTracking().Where(e => e.UserId == userId).OrderByDescending(e => e.Id).Take(take).ToListAsync();
}
