using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Web.Tests.Infrastructure;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>The demo registry a newcomer sees: people in every status in every center, and one transfer waiting.</summary>
public sealed class DemoRegistryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_demo_center_holds_people_in_every_status_with_valid_iins()
    {
        await using var connection = new NpgsqlConnection(factory.OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT o.name_en, p.status, p.iin FROM persons p JOIN organisations o ON o.id = p.center_id", connection);
        var rows = new List<(string Center, string Status, string Iin)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.True(rows.Count >= 300, $"{rows.Count} demo people");
        Assert.All(rows, r => Assert.True(Iin.TryParse(r.Iin, out _), r.Iin));
        Assert.Equal(rows.Count, rows.Select(r => r.Iin).Distinct().Count());
        var centers = rows.GroupBy(r => r.Center).ToList();
        Assert.Equal(7, centers.Count);
        Assert.All(centers, c => Assert.Equal(Enum.GetNames<EmploymentStatus>().Order(), c.Select(r => r.Status).Distinct().Order()));
    }

    [Fact]
    public async Task The_holding_centers_home_page_shows_the_transfer_waiting_for_its_answer()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var held = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM persons p JOIN organisations o ON o.id = p.center_id WHERE o.name_en = 'Employment Center No 1, Almaty District' AND NOT p.is_voided");

        var home = await clerk.GetStringAsync("/Registry/CenterHome");

        Assert.Matches("id=\"transfers-to-answer\"[\\s\\S]*?<strong>1</strong>", home);
        Assert.Contains($"id=\"persons-held\">{held}<", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dcsecretary.almaty", "Almaty District Commission")]
    [InlineData("officer.akmola", "Akmola Regional Employment Department")]
    [InlineData("analyst.ministry", "Ministry of Labour and Social Protection")]
    public async Task Each_home_page_counts_the_people_its_scope_reaches(string userName, string organisation)
    {
        var expected = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM persons p, organisations o WHERE o.name_en = $1 AND starts_with(p.scope_path, o.scope_path) AND NOT p.is_voided", organisation);
        var client = await factory.SignedInAsync(userName);

        var (home, _) = await client.FollowAsync(await client.GetAsync("/"));

        Assert.True(expected > 0);
        var shown = expected.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("kk-KZ"));
        Assert.Contains($"id=\"persons-in-scope\">{System.Net.WebUtility.HtmlEncode(shown)}<", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_requesting_center_sees_its_request_with_the_iin_but_not_the_persons_name()
    {
        var transfer = await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT p.iin || '|' || p.surname FROM person_transfers t JOIN persons p ON p.id = t.person_id WHERE t.status = 'Pending'");
        var (iin, surname) = (transfer!.Split('|')[0], transfer.Split('|')[1]);
        var requester = await factory.SignedInAsync("clerk.almaty2");

        var page = await requester.GetStringAsync("/Registry/Transfers");

        Assert.Contains(iin, page, StringComparison.Ordinal);
        Assert.DoesNotContain(surname, page, StringComparison.Ordinal);
    }
}
