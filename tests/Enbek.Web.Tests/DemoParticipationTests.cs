using Enbek.Application.Setup;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>The demo's applications and contracts: every state present in every center, and set-up run again adds nothing.</summary>
public sealed class DemoParticipationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_demo_center_has_applications_in_every_decision_and_contracts_in_every_state_and_a_second_set_up_adds_nothing()
    {
        const string StatesPerCenter = """
            SELECT count(*) FROM organisations o
            WHERE o.kind = 'EmploymentCenter'
              AND (SELECT count(DISTINCT decision) FROM programme_applications a WHERE a.center_id = o.id) = 3
              AND (SELECT count(DISTINCT status) FROM social_contracts c WHERE c.center_id = o.id) = 4
              AND EXISTS (SELECT 1 FROM social_contracts c WHERE c.center_id = o.id AND c.status = 'InForce' AND c.term_end BETWEEN current_date AND current_date + 30)
            """;
        var centers = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM organisations WHERE kind = 'EmploymentCenter'");
        var applications = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM programme_applications");
        var persons = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM persons WHERE NOT is_voided");

        Assert.Equal(centers, await Sql.ScalarAsync<long>(factory.OwnerConnection, StatesPerCenter));
        Assert.InRange(applications, persons / 4, persons / 2);

        await new DemoDataSeeder(factory.OwnerConnection, TimeProvider.System).SeedAsync();

        Assert.Equal(applications, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM programme_applications"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM (SELECT issued_by_center_id, number FROM programme_applications GROUP BY 1, 2 HAVING count(*) > 1) d"));
    }
}
