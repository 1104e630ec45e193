using Enbek.Application.Setup;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Bench.Measuring;

/// <summary>A demo account the bench acts as: its user id and its organisation's scope, as the portal computes them at sign-in.</summary>
public sealed record BenchUser(string UserName, string Password, long UserId, OrganisationScope Scope)
{
    public static async Task<BenchUser> LoadAsync(string portalConnection, string userName, CancellationToken cancellationToken)
    {
        await using var db = EnbekDatabase.CreateContext(portalConnection, FixedActor.Nobody);
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => new { u.Id, u.OrganisationId })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new ArgumentException($"no account '{userName}': run the set-up with demo data");
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId, cancellationToken);
        return new BenchUser(userName, DemoData.Password, user.Id, organisation.Scope());
    }

    public FixedActor Actor => new(UserId, Scope);
}
