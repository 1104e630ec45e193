using System.Net;
using System.Text.RegularExpressions;
using Enbek.Web.Tests.Infrastructure;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>Tenant isolation through the HTTP pipeline and directly on the portal's database role.</summary>
public sealed partial class IsolationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CenterA = "Employment Center No 1, Almaty District";
    private const string CenterB = "Employment Center No 2, Almaty District";
    private const string CenterEsil = "Employment Center, Esil District";

    private async Task<long> OrganisationIdAsync(string nameEn)
    {
        await using var connection = new NpgsqlConnection(factory.OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM organisations WHERE name_en = $1", connection) { Parameters = { new() { Value = nameEn } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Reads as a given organisation on the portal's own role, with its scope set as the portal sets it.</summary>
    private async Task<List<long>> CentersVisibleAsync(string? organisationSetting)
    {
        await using var connection = new NpgsqlConnection(factory.PortalConnection);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand("SELECT set_config('app.org_id', $1, false)", connection) { Parameters = { new() { Value = organisationSetting ?? string.Empty } } })
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("SELECT DISTINCT center_id FROM reception_visits", connection);
        var centers = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            centers.Add(reader.GetInt64(0));
        }

        return centers;
    }

    /// <summary>Opens a connection with the organisation's scope set, as the portal's interceptor does.</summary>
    private static async Task<NpgsqlConnection> ScopedAsync(string connectionString, long organisationId)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var set = new NpgsqlCommand("SELECT set_config('app.org_id', $1, false)", connection)
        {
            Parameters = { new() { Value = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture) } },
        };
        await set.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<long> AnyVisitOfAsync(string centerNameEn)
    {
        await using var connection = await ScopedAsync(factory.PortalConnection, await OrganisationIdAsync(centerNameEn));
        await using var command = new NpgsqlCommand("SELECT min(id) FROM reception_visits", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_clerk_gets_404_for_another_centers_record_by_url()
    {
        var foreign = await AnyVisitOfAsync(CenterB);
        var own = await AnyVisitOfAsync(CenterA);
        using var clerk = await factory.Client().SignedInAsync("clerk.almaty1");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/Registry/Reception/Details/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Registry/Reception/Details/{foreign}")).StatusCode);
    }

    [Fact]
    public async Task A_tampered_center_field_in_a_form_is_ignored_and_the_visit_stays_with_the_clerks_center()
    {
        var centerA = await OrganisationIdAsync(CenterA);
        var centerB = await OrganisationIdAsync(CenterB);
        using var clerk = await factory.Client().SignedInAsync("clerk.almaty1");
        var response = await clerk.PostFormAsync("/Registry/Reception/Create", "/Registry/Reception/Create",
            ("VisitedAt", "2026-01-15T10:30"), ("PersonName", "Тамара Тексерова"), ("Purpose", "Consultation"), ("Outcome", "Consulted"),
            ("CenterId", centerB.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("RegionId", "1"), ("ScopePath", "/"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(DetailsId().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await using var connection = await ScopedAsync(factory.OwnerConnection, centerA);
        await using var command = new NpgsqlCommand("SELECT center_id, scope_path FROM reception_visits WHERE id = $1", connection)
        {
            Parameters = { new() { Value = id } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(centerA, reader.GetInt64(0));
        Assert.EndsWith($"/c{centerA}/", reader.GetString(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_id_in_a_post_to_another_centers_record_is_404()
    {
        var foreign = await AnyVisitOfAsync(CenterEsil);
        using var clerk = await factory.Client().SignedInAsync("clerk.almaty1");
        var response = await clerk.PostFormAsync("/Registry/Reception", $"/Registry/Reception/Details/{foreign}");
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"got {(int)response.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Registry/Reception/Details/{foreign}")).StatusCode);
    }

    [Fact]
    public async Task A_district_user_sees_both_centers_of_the_district_and_nothing_of_the_next_district()
    {
        using var secretary = await factory.Client().SignedInAsync("dcsecretary.almaty");
        var csv = await secretary.GetStringAsync("/Registry/Reception/Export?format=csv");
        Assert.Contains("№1 жұмыспен", csv, StringComparison.Ordinal);
        Assert.Contains("№2 жұмыспен", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Есіл ауданының", csv, StringComparison.Ordinal);
        var visible = await CentersVisibleAsync((await OrganisationIdAsync("Almaty District Commission")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(await OrganisationIdAsync(CenterA), visible);
        Assert.Contains(await OrganisationIdAsync(CenterB), visible);
        Assert.DoesNotContain(await OrganisationIdAsync(CenterEsil), visible);
    }

    [Fact]
    public async Task Raw_sql_on_the_portal_connection_with_a_centers_scope_returns_none_of_another_centers_rows()
    {
        var centerA = await OrganisationIdAsync(CenterA);
        var visible = await CentersVisibleAsync(centerA.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([centerA], visible);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("999999999")]
    [InlineData("1 OR 1=1")]
    [InlineData("-1")]
    public async Task A_missing_or_forged_scope_means_no_rows(string? setting)
    {
        Assert.Empty(await CentersVisibleAsync(setting));
    }

    [Fact]
    public async Task The_ministry_reads_every_center_but_cannot_write()
    {
        var ministry = await OrganisationIdAsync("Ministry of Labour and Social Protection");
        Assert.True((await CentersVisibleAsync(ministry.ToString(System.Globalization.CultureInfo.InvariantCulture))).Count >= 7);

        await using var connection = await ScopedAsync(factory.PortalConnection, ministry);
        await using var command = new NpgsqlCommand("UPDATE reception_visits SET notes = 'changed by the ministry'", connection);
        Assert.Equal(0, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task A_clerks_list_shows_only_own_center()
    {
        using var clerk = await factory.Client().SignedInAsync("clerk.almaty2");
        var html = await clerk.GetStringAsync("/Registry/Reception");
        Assert.DoesNotContain(CenterA.Replace("Employment Center No 1", "№1", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.DoesNotContain("№1 жұмыспен", html, StringComparison.Ordinal);
        Assert.Contains("№2 жұмыспен", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/Details/(\d+)")]
    private static partial Regex DetailsId();
}
