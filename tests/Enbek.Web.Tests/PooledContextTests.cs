using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Organisations;
using Enbek.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>
/// The portal pools its database contexts. A context is handed to one request after another, so
/// whom it acts for must come with each lease and go with each return, in EF's filters and in the
/// connection's scope alike: a pool of one context shows that nothing passes from one actor to the next.
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
        EnbekDatabase.Configure(options, factory.PortalConnection).AddInterceptors(ScopeConnectionInterceptor.Instance);
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
}
