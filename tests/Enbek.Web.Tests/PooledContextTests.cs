using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Organisations;
using Enbek.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>
/// The portal pools its database contexts, and keeps its connections without Npgsql's reset. A
/// context is handed to one request after another, so whom it acts for must come with each lease
/// and go with each return, in EF's filters and in the connection's scope alike: a pool of one
/// context, and a pool of one connection, show that nothing passes from one actor to the next.
/// </summary>
public sealed class PooledContextTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<OrganisationScope> ScopeOfAsync(string nameEn)
    {
        await using var db = EnbekDatabase.CreateContext(factory.OwnerConnection, FixedActor.Nobody);
        return (await db.Organisations.AsNoTracking().SingleAsync(o => o.NameEn == nameEn)).Scope();
    }

    private static async Task<(long[] Filtered, long[] ByRowSecurity, string Setting)> SeenAsync(EnbekDbContext db) =>
        (await db.Persons.Select(p => p.CenterId).Distinct().ToArrayAsync(),
         await db.Persons.IgnoreQueryFilters().Select(p => p.CenterId).Distinct().ToArrayAsync(),
         (await db.Database.SqlQuery<string>($"SELECT current_setting('app.org_id', true) AS \"Value\"").ToListAsync()).Single());

    [Fact]
    public async Task A_pooled_context_acts_for_whom_it_is_handed_to_and_for_nobody_once_returned()
    {
        var almaty = await ScopeOfAsync("Employment Center No 1, Almaty District");
        var esil = await ScopeOfAsync("Employment Center, Esil District");
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        EnbekDatabase.ConfigureScoped(options, factory.PortalConnection);
        var pool = new PooledDbContextFactory<EnbekDbContext>(options.Options, poolSize: 1);

        EnbekDbContext first;
        await using (var db = await pool.CreateDbContextAsync())
        {
            first = db;
            db.Actor = new FixedActor(null, almaty);
            var seen = await SeenAsync(db);
            Assert.Equal([almaty.OrganisationId], seen.Filtered);
            Assert.Equal([almaty.OrganisationId], seen.ByRowSecurity);
        }

        await using (var db = await pool.CreateDbContextAsync())
        {
            Assert.Same(first, db);
            Assert.Same(FixedActor.Nobody, db.Actor);
            var seen = await SeenAsync(db);
            Assert.Empty(seen.Filtered);
            Assert.Empty(seen.ByRowSecurity);
            Assert.Equal(string.Empty, seen.Setting);
        }

        await using (var db = await pool.CreateDbContextAsync())
        {
            Assert.Same(first, db);
            db.Actor = new FixedActor(null, esil);
            var seen = await SeenAsync(db);
            Assert.Equal([esil.OrganisationId], seen.Filtered);
            Assert.Equal([esil.OrganisationId], seen.ByRowSecurity);
            Assert.Equal(esil.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), seen.Setting);
        }
    }

    [Fact]
    public async Task One_connection_without_reset_serves_actor_after_actor_with_nothing_left_of_the_one_before()
    {
        var almaty = await ScopeOfAsync("Employment Center No 1, Almaty District");
        var esil = await ScopeOfAsync("Employment Center, Esil District");
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        EnbekDatabase.ConfigureScoped(options, factory.PortalConnection + ";Maximum Pool Size=1");

        async Task<(int Backend, string? Probe, string Organisation, string User, long[] Seen)> LeaseAsync(ICurrentActor actor, string? leave = null)
        {
            await using var db = new EnbekDbContext(options.Options) { Actor = actor };
            await db.Database.OpenConnectionAsync();
            var backend = (await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").ToListAsync()).Single();
            var probe = (await db.Database.SqlQuery<string?>($"SELECT current_setting('app.probe', true) AS \"Value\"").ToListAsync()).Single();
            var organisation = (await db.Database.SqlQuery<string>($"SELECT current_setting('app.org_id', true) AS \"Value\"").ToListAsync()).Single();
            var user = (await db.Database.SqlQuery<string>($"SELECT current_setting('app.user_id', true) AS \"Value\"").ToListAsync()).Single();
            var seen = await db.Persons.IgnoreQueryFilters().Select(p => p.CenterId).Distinct().ToArrayAsync();
            if (leave is not null)
            {
                // Whatever a caller leaves in the session: a setting of its own, and another center's scope.
                await db.Database.ExecuteSqlAsync($"SELECT set_config('app.probe', 'left', false), set_config('app.org_id', {leave}, false), set_config('app.user_id', '1', false)");
            }

            return (backend, probe, organisation, user, seen);
        }

        var first = await LeaseAsync(new FixedActor(7, almaty), leave: esil.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([almaty.OrganisationId], first.Seen);
        Assert.Equal("7", first.User);

        var nobody = await LeaseAsync(FixedActor.Nobody);
        Assert.Equal(first.Backend, nobody.Backend);
        Assert.Equal("left", nobody.Probe); // the session was not reset...
        Assert.Equal(string.Empty, nobody.Organisation); // ...yet the scope is the new actor's, empty for nobody
        Assert.Equal(string.Empty, nobody.User);
        Assert.Empty(nobody.Seen);

        var second = await LeaseAsync(new FixedActor(null, esil), leave: almaty.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(first.Backend, second.Backend);
        Assert.Equal([esil.OrganisationId], second.Seen);
        Assert.Equal(string.Empty, second.User);

        var third = await LeaseAsync(new FixedActor(null, esil));
        Assert.Equal([esil.OrganisationId], third.Seen);
    }
}
