using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Enbek.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>
/// The reference-data pages: every role reads them, only the ministry's administrator changes them,
/// and a change reaches the values the rules use. The portal stands on 1 August 2026.
/// </summary>
public sealed partial class ReferenceDataTests(ReferenceDataTests.OnBusinessDateFactory factory) : IClassFixture<ReferenceDataTests.OnBusinessDateFactory>
{
    /// <summary>The portal on a fixed programme date, so "today's" values do not depend on when the tests run.</summary>
    public sealed class OnBusinessDateFactory : PortalFactory
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<PortalClient>>> _clients = new(StringComparer.Ordinal);

        /// <summary>One signed-in browser per user for the whole class: the login form allows only a few sign-ins a minute.</summary>
        public Task<PortalClient> As(string userName) =>
            _clients.GetOrAdd(userName, user => new Lazy<Task<PortalClient>>(() => Client().SignedInAsync(user))).Value;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Enbek:BusinessDate", "2026-08-01");
        }
    }

    private static readonly string[] ReferenceTables =
        ["mci_periods", "effective_amounts", "calendar_days", "settlements", "settlement_class_changes", "programme_region_lists"];

    /// <summary>Valid posts to every edit action; the ids are filled in from the database.</summary>
    private async Task<(string Action, (string, string)[] Fields)[]> EditsAsync()
    {
        var settlement = await SettlementIdAsync("111810000");
        var receiving = await ReceivingEntryIdAsync("630000000");
        return
        [
            ("/Reference/Mci/Add", [("Form.ValidFrom", "2026-09-01"), ("Form.Tenge", "4600"), ("Form.Source", "test law")]),
            ("/Reference/Amounts/Add", [("Form.Kind", "minimum_wage"), ("Form.ValidFrom", "2026-09-01"), ("Form.Tenge", "90000"), ("Form.Source", "test law")]),
            ("/Reference/Calendar/Save",
                [("Form.Date", "2026-10-13"), ("Form.Kind", "Holiday"), ("Form.NameKk", "Сынақ"), ("Form.NameRu", "Проверка"), ("Form.NameEn", "Test"), ("Form.Basis", "test")]),
            ($"/Reference/Settlements/ChangeClass/{settlement}", [("Form.NewClass", "City"), ("Form.Reason", "test")]),
            ("/Reference/RegionLists/Add", [("Add.RegionId", (await RegionIdAsync("350000000")).ToString(CultureInfo.InvariantCulture)), ("Add.ValidFrom", "2026-09-01"), ("Add.Basis", "test")]),
            ($"/Reference/RegionLists/End/{receiving}", [("End.LastDay", "2026-09-30")]),
        ];
    }

    public static TheoryData<string> Readers() => ["clerk.almaty1", "analyst.ministry"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Every_signed_in_reader_sees_every_reference_page_with_the_real_values(string userName)
    {
        var reader = await factory.As(userName);
        var akmola = await RegionIdAsync("110000000");
        var kokshetau = await SettlementIdAsync("111010000");

        var home = await PageAsync(reader, "/Reference");
        Assert.Matches(@"^85[ ,]000[.,]00 ₸$", Text(home, "minimum-wage"));
        Assert.Equal("61", Text(home, "retirement-women"));
        Assert.Equal("63", Text(home, "retirement-men"));

        var mci = await PageAsync(reader, "/Reference/Mci");
        Assert.Matches(@"3[ ,]692[.,]00 ₸", mci);   // 2024
        Assert.Matches(@"3[ ,]180[.,]00 ₸", mci);   // 2022 from 1 April, social payments...
        Assert.Matches(@"3[ ,]063[.,]00 ₸", mci);   // ...and the one kept for limits, fines and taxes
        Assert.Contains("tengrinews.kz 2024-01-01", mci, StringComparison.Ordinal);

        var amounts = await PageAsync(reader, "/Reference/Amounts");
        Assert.Matches(@"42[ ,]500[.,]00 ₸", amounts);
        Assert.Matches(@"46[ ,]228[.,]00 ₸", amounts);

        var calendar = await PageAsync(reader, "/Reference/Calendar?year=2025");
        Assert.Contains("data-date=\"2025-06-06\"", calendar, StringComparison.Ordinal);   // Kurban Ait
        Assert.Contains("data-date=\"2025-01-05\"", calendar, StringComparison.Ordinal);   // a Sunday worked

        var regions = await PageAsync(reader, "/Reference/Territory");
        Assert.Contains("710000000", regions, StringComparison.Ordinal);
        Assert.Contains($"/Reference/Territory/Region/{akmola}", regions, StringComparison.Ordinal);

        var region = await PageAsync(reader, $"/Reference/Territory/Region/{akmola}");
        Assert.Contains("111000000", region, StringComparison.Ordinal);
        Assert.Contains("id=\"districts\"", region, StringComparison.Ordinal);

        var search = await PageAsync(reader, "/Reference/Settlements?Query=Көкшет");
        Assert.Contains("111010000", search, StringComparison.Ordinal);

        var settlement = await PageAsync(reader, $"/Reference/Settlements/Details/{kokshetau}");
        Assert.Contains("id=\"programme-class\"", settlement, StringComparison.Ordinal);

        var lists = await PageAsync(reader, "/Reference/RegionLists");
        Assert.Contains("id=\"list-MobilityReceiving\"", lists, StringComparison.Ordinal);
        Assert.Contains("data-kato=\"790000000\" data-listed=\"yes\"", lists, StringComparison.Ordinal);   // Shymkent, an origin region

        var indicators = await PageAsync(reader, "/Reference/Indicators");
        Assert.Matches(@"12[.,]4", indicators);   // T3 in the section 4.2 table...
        Assert.Contains("data-code=\"T3\" data-source=\"appendix\"", indicators, StringComparison.Ordinal);   // ...and the action plan's 10

        // No edit form for a reader.
        Assert.DoesNotContain("id=\"add-mci\"", mci, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"change-class\"", settlement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clerk.almaty1")]
    [InlineData("admin.akmola")]
    public async Task Only_the_ministrys_administrator_may_edit_others_get_403_and_nothing_changes(string userName)
    {
        var user = await factory.As(userName);
        var before = await AuditRowsAsync();
        foreach (var (action, fields) in await EditsAsync())
        {
            var response = await user.PostFormAsync("/Reference", action, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{action}: {(int)response.StatusCode}");
        }

        Assert.Equal(before, await AuditRowsAsync());
        Assert.DoesNotContain("id=\"add-mci\"", await PageAsync(user, "/Reference/Mci"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ministrys_administrator_changes_a_settlements_class_with_a_reason_and_the_change_is_shown()
    {
        var stepnogorsk = await SettlementIdAsync("111810000");
        var admin = await factory.As("admin.ministry");
        var response = await admin.PostFormAsync($"/Reference/Settlements/Details/{stepnogorsk}", $"/Reference/Settlements/ChangeClass/{stepnogorsk}",
            ("Form.NewClass", "City"), ("Form.Reason", "Шешім № 17: моноқалалар тізімінен шығарылды"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (page, _) = await admin.FollowAsync(response);
        var html = Decoded(await page.Content.ReadAsStringAsync());

        Assert.Equal("City", await ScalarAsync("SELECT programme_class FROM settlements WHERE id = $1", stepnogorsk));
        Assert.Equal("Monotown", await ScalarAsync("SELECT old_class FROM settlement_class_changes WHERE settlement_id = $1", stepnogorsk));
        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("Шешім № 17: моноқалалар тізімінен шығарылды", Section(html, "class-changes"), StringComparison.Ordinal);
        Assert.Contains("Администратор министрлігі", Section(html, "class-changes"), StringComparison.Ordinal);

        // A reader with history rights also sees the audited change of the row.
        var clerk = await factory.As("clerk.almaty1");
        var seen = await PageAsync(clerk, $"/Reference/Settlements/Details/{stepnogorsk}");
        Assert.Contains("Шешім № 17", Section(seen, "class-changes"), StringComparison.Ordinal);
        Assert.Contains("programme_class", Section(seen, "history"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("City", "")]
    [InlineData("City", "   ")]
    [InlineData("", "a reason")]
    [InlineData("NoSuchClass", "a reason")]
    [InlineData("RuralSettlement", "the class it already has")]
    public async Task A_class_change_without_a_reason_or_class_is_refused_next_to_the_field_and_nothing_changes(string newClass, string reason)
    {
        var village = await SettlementIdAsync("111033100");
        await AssertRefusedAsync(
            "admin.ministry", $"/Reference/Settlements/Details/{village}", $"/Reference/Settlements/ChangeClass/{village}",
            reason.Trim().Length == 0 ? "Form.Reason" : "Form.NewClass", ("Form.NewClass", newClass), ("Form.Reason", reason));
        Assert.Equal("RuralSettlement", await ScalarAsync("SELECT programme_class FROM settlements WHERE id = $1", village));
    }

    [Theory]
    [InlineData("2026-01-01", "4400", "Form.ValidFrom")]   // the start of the last period
    [InlineData("2025-06-01", "4400", "Form.ValidFrom")]   // before it
    [InlineData("not a date", "4400", "Form.ValidFrom")]
    [InlineData("2026-10-01", "-4400", "Form.Tenge")]
    [InlineData("2026-10-01", "0", "Form.Tenge")]
    [InlineData("2026-10-01", "4 400,123", "Form.Tenge")]
    [InlineData("2026-10-01", "four thousand", "Form.Tenge")]
    public async Task A_wrong_MCI_period_is_refused_next_to_the_field_and_nothing_changes(string validFrom, string tenge, string field)
    {
        await AssertRefusedAsync("admin.ministry", "/Reference/Mci", "/Reference/Mci/Add", field,
            ("Form.ValidFrom", validFrom), ("Form.Tenge", tenge), ("Form.Source", "Law on the republican budget"));
    }

    [Fact]
    public async Task A_new_MCI_period_closes_the_last_one_the_day_before_and_is_the_value_in_force()
    {
        var admin = await factory.As("admin.ministry");
        var response = await admin.PostFormAsync("/Reference/Mci", "/Reference/Mci/Add",
            ("Form.ValidFrom", "2026-07-01"), ("Form.Tenge", "4 512,50"), ("Form.Source", "Law amending the republican budget 2026"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal("2026-06-30", await ScalarAsync("SELECT valid_to::text FROM mci_periods WHERE valid_from = '2026-01-01'"));
        Assert.Equal("open", await ScalarAsync("SELECT coalesce(valid_to::text, 'open') FROM mci_periods WHERE valid_from = '2026-07-01'"));
        Assert.Equal("4512.50", await ScalarAsync("SELECT tenge::text FROM mci_periods WHERE valid_from = '2026-07-01'"));

        var clerk = await factory.As("clerk.almaty1");
        var home = await PageAsync(clerk, "/Reference");
        Assert.Matches(@"^4 512,50 ₸$", Text(home, "mci-social"));
        Assert.Matches(@"^4 512,50 ₸$", Text(home, "mci-limit"));
    }

    [Fact]
    public async Task A_new_subsistence_minimum_period_is_shown_as_the_value_in_force()
    {
        var admin = await factory.As("admin.ministry");
        var response = await admin.PostFormAsync("/Reference/Amounts", "/Reference/Amounts/Add",
            ("Form.Kind", "subsistence_minimum"), ("Form.ValidFrom", "2026-07-01"), ("Form.Tenge", "52000"), ("Form.Source", "Law amending the republican budget 2026"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal("2026-06-30", await ScalarAsync("SELECT valid_to::text FROM effective_amounts WHERE kind = 'subsistence_minimum' AND valid_from = '2026-01-01'"));
        Assert.Equal("2026-12-31", await ScalarAsync("SELECT valid_to::text FROM effective_amounts WHERE kind = 'minimum_wage' AND valid_from = '2026-01-01'"));
        var clerk = await factory.As("clerk.almaty1");
        Assert.Equal("52 000,00 ₸", Text(await PageAsync(clerk, "/Reference"), "subsistence-minimum"));
    }

    [Fact]
    public async Task A_new_holiday_makes_the_date_a_day_off_for_the_rules()
    {
        var clerk = await factory.As("clerk.almaty1");
        const string Check = "/Reference/Calendar?year=2026&check=2026-09-15";
        var before = await PageAsync(clerk, Check);
        Assert.Contains("data-working=\"yes\"", before, StringComparison.Ordinal);   // a plain Tuesday
        var septemberBefore = WorkingDaysInSeptember(before);

        var admin = await factory.As("admin.ministry");
        var response = await admin.PostFormAsync("/Reference/Calendar?year=2026", "/Reference/Calendar/Save",
            ("Form.Date", "2026-09-15"), ("Form.Kind", "Holiday"), ("Form.NameKk", "Сынақ мерекесі"), ("Form.NameRu", "Проверочный праздник"),
            ("Form.NameEn", "Test holiday"), ("Form.Basis", "Government decree No 1 (test)"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await PageAsync(clerk, Check);
        Assert.Contains("data-working=\"no\"", after, StringComparison.Ordinal);
        Assert.Equal(septemberBefore - 1, WorkingDaysInSeptember(after));
        Assert.Contains("Сынақ мерекесі", Section(after, "calendar-days"), StringComparison.Ordinal);
        Assert.Equal("Holiday", await ScalarAsync("SELECT kind FROM calendar_days WHERE date = '2026-09-15'"));
    }

    [Theory]
    [InlineData("2026-09-16", "WorkingDayTransferred", "Form.Kind")]   // a Wednesday is already a working day
    [InlineData("2026-09-19", "TransferredDayOff", "Form.Kind")]       // a Saturday is already off
    [InlineData("2031-01-05", "Holiday", "Form.Date")]                 // beyond the year after the calendar's last
    [InlineData("", "Holiday", "Form.Date")]
    public async Task A_calendar_day_on_the_wrong_side_of_the_week_or_out_of_range_is_refused(string date, string kind, string field)
    {
        await AssertRefusedAsync("admin.ministry", "/Reference/Calendar", "/Reference/Calendar/Save", field,
            ("Form.Date", date), ("Form.Kind", kind), ("Form.NameKk", "Сынақ"), ("Form.NameRu", "Проверка"), ("Form.NameEn", "Test"), ("Form.Basis", "test"));
    }

    [Fact]
    public async Task The_ministrys_administrator_takes_a_receiving_region_off_and_adds_another()
    {
        var pavlodar = await ReceivingEntryIdAsync("550000000");
        var karaganda = await RegionIdAsync("350000000");
        var admin = await factory.As("admin.ministry");

        var ended = await admin.PostFormAsync("/Reference/RegionLists", $"/Reference/RegionLists/End/{pavlodar}", ("End.LastDay", "2026-07-31"));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var added = await admin.PostFormAsync("/Reference/RegionLists", "/Reference/RegionLists/Add",
            ("Add.RegionId", karaganda.ToString(CultureInfo.InvariantCulture)), ("Add.ValidFrom", "2026-07-01"), ("Add.Basis", "Government decree No 2 (test)"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        Assert.Equal("2026-07-31", await ScalarAsync("SELECT valid_to::text FROM programme_region_lists WHERE id = $1", pavlodar));
        var receiving = Section(await PageAsync(admin, "/Reference/RegionLists"), "list-MobilityReceiving");
        Assert.Contains("data-kato=\"550000000\" data-listed=\"no\"", receiving, StringComparison.Ordinal);
        Assert.Contains("data-kato=\"350000000\" data-listed=\"yes\"", receiving, StringComparison.Ordinal);
        Assert.Contains("data-kato=\"390000000\" data-listed=\"yes\"", receiving, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_already_receiving_a_missing_basis_or_a_missing_last_day_is_refused_next_to_the_field()
    {
        var kostanay = (await RegionIdAsync("390000000")).ToString(CultureInfo.InvariantCulture);
        const string Page = "/Reference/RegionLists";
        await AssertRefusedAsync("admin.ministry", Page, "/Reference/RegionLists/Add", "Add.RegionId",
            ("Add.RegionId", kostanay), ("Add.ValidFrom", "2026-09-01"), ("Add.Basis", "Government decree No 3 (test)"));
        await AssertRefusedAsync("admin.ministry", Page, "/Reference/RegionLists/Add", "Add.Basis",
            ("Add.RegionId", kostanay), ("Add.ValidFrom", "2026-09-01"), ("Add.Basis", ""));
        var html = await AssertRefusedAsync("admin.ministry", Page, $"/Reference/RegionLists/End/{await ReceivingEntryIdAsync("390000000")}", "End.LastDay",
            ("End.LastDay", ""));
        Assert.Matches(FieldError("End.LastDay"), Section(html, "list-MobilityReceiving"));
    }

    [Fact]
    public async Task Unknown_ids_and_entries_of_the_lists_set_by_the_programme_text_are_404()
    {
        var admin = await factory.As("admin.ministry");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Reference/Territory/Region/987654321")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Reference/Settlements/Details/987654321")).StatusCode);
        var unknown = await admin.PostFormAsync("/Reference", "/Reference/Settlements/ChangeClass/987654321", ("Form.NewClass", "City"), ("Form.Reason", "test"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var serpin = await LongAsync("SELECT min(id) FROM programme_region_lists WHERE list = 'SerpinStudy'");
        var fixedList = await admin.PostFormAsync("/Reference", $"/Reference/RegionLists/End/{serpin}", ("End.LastDay", "2026-07-31"));
        Assert.Equal(HttpStatusCode.NotFound, fixedList.StatusCode);
        Assert.Equal("open", await ScalarAsync("SELECT coalesce(valid_to::text, 'open') FROM programme_region_lists WHERE id = $1", serpin));
    }

    [Theory]
    [InlineData("/Reference/Settlements?DistrictId=abc&Class=NoSuchClass&Query=%25_%5C")]
    [InlineData("/Reference/Settlements?After=zzz")]
    [InlineData("/Reference/Calendar?year=abc&check=not-a-date")]
    [InlineData("/Reference/Calendar?year=1800&edit=2026-13-45")]
    public async Task Odd_query_strings_give_a_page_not_an_error(string url)
    {
        var clerk = await factory.As("clerk.almaty1");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Settlements_come_a_page_at_a_time_in_KATO_order()
    {
        var clerk = await factory.As("clerk.almaty1");
        var first = await PageAsync(clerk, "/Reference/Settlements?Class=RuralSettlement");
        var firstCodes = Katos(first);
        Assert.Equal(50, firstCodes.Count);
        var next = NextPage().Match(first);
        Assert.True(next.Success, "no next page link");

        var second = Katos(await PageAsync(clerk, next.Groups[1].Value));
        Assert.Equal(50, second.Count);
        Assert.True(string.CompareOrdinal(second[0], firstCodes[^1]) > 0);
        Assert.Equal(firstCodes.Concat(second).Order(StringComparer.Ordinal), firstCodes.Concat(second));
    }

    [Fact]
    public async Task A_districts_page_keeps_the_codes_it_had_before_the_2022_reform()
    {
        var abai = await RegionIdAsync("100000000");
        var clerk = await factory.As("clerk.almaty1");
        var page = await PageAsync(clerk, $"/Reference/Territory/Region/{abai}");

        // Kurchatov: 632200000 in East Kazakhstan Region until 2022-06-07, 101800000 in Abai Region since.
        var districts = Section(page, "districts");
        Assert.Contains("632200000", districts, StringComparison.Ordinal);
        Assert.Contains("101800000", districts, StringComparison.Ordinal);
        Assert.Contains("07.06.2022", districts, StringComparison.Ordinal);
    }

    /// <summary>Posts a form that must be refused: the page comes back with a message next to the field and no reference row changes.</summary>
    private async Task<string> AssertRefusedAsync(string userName, string pageUrl, string actionUrl, string field, params (string, string)[] fields)
    {
        var client = await factory.As(userName);
        var before = await AuditRowsAsync();
        var response = await client.PostFormAsync(pageUrl, actionUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldError(field), html);
        Assert.Equal(before, await AuditRowsAsync());
        return html;
    }

    private static async Task<string> PageAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return Decoded(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Entities decoded and the culture's thousands separators (no-break spaces) made plain spaces.</summary>
    private static string Decoded(string html) => WebUtility.HtmlDecode(html).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static string Text(string html, string id) =>
        Regex.Match(html, $"id=\"{id}\"[^>]*>\\s*([^<]*?)\\s*<") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No #{id}.");

    /// <summary>The element with the id, up to the end of the table or list it opens.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No #{id}.");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    private static Regex FieldError(string field) =>
        new($"class=\"[^\"]*field-validation-error[^\"]*\" data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>[^<]+<");

    private static int WorkingDaysInSeptember(string html) =>
        int.Parse(Regex.Match(html, "data-month=\"9\">(\\d+)<").Groups[1].Value, CultureInfo.InvariantCulture);

    private static List<string> Katos(string html) =>
        [.. Regex.Matches(Section(html, "settlements"), "<td class=\"font-monospace\"><a [^>]*>(\\d{9})</a>").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<a(?=[^>]*id=\"next-page\")[^>]*href=\"([^\"]+)\"")]
    private static partial Regex NextPage();

    private async Task<int> AuditRowsAsync() =>
        (int)await LongAsync($"SELECT count(*) FROM audit_log WHERE table_name IN ({string.Join(", ", ReferenceTables.Select(t => $"'{t}'"))})");

    private async Task<long> RegionIdAsync(string kato) => await LongAsync("SELECT id FROM regions WHERE kato = $1", kato);

    private async Task<long> SettlementIdAsync(string kato) => await LongAsync("SELECT id FROM settlements WHERE kato = $1", kato);

    private async Task<long> ReceivingEntryIdAsync(string regionKato) => await LongAsync(
        "SELECT e.id FROM programme_region_lists e JOIN regions r ON r.id = e.region_id WHERE e.list = 'MobilityReceiving' AND r.kato = $1 AND e.valid_to IS NULL",
        regionKato);

    private async Task<long> LongAsync(string sql, params object[] values) => Convert.ToInt64(await ExecAsync(sql, values), CultureInfo.InvariantCulture);

    private async Task<string?> ScalarAsync(string sql, params object[] values) => (await ExecAsync(sql, values))?.ToString();

    private async Task<object?> ExecAsync(string sql, object[] values)
    {
        await using var connection = new NpgsqlConnection(factory.OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }
}
