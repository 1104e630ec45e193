using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>Registering people over the real pipeline: consent, one IIN in the country, transfers, search, isolation.</summary>
public sealed partial class PersonRegistryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CenterA = "Employment Center No 1, Almaty District";
    private const string CenterB = "Employment Center No 2, Almaty District";

    private static (string Name, string Value)[] Fields(string iin, string surname, string firstName, DateOnly birth, Sex sex, bool consent = true) =>
    [
        ("Form.ConsentConfirmed", consent ? "true" : "false"), ("Form.ConsentGivenOn", "2026-11-20"), ("Form.ConsentForm", "Paper"),
        ("Form.Iin", iin), ("Form.Surname", surname), ("Form.FirstName", firstName), ("Form.Patronymic", "Ержанұлы"),
        ("Form.BirthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Form.Sex", sex.ToString()),
        ("Form.Phone", "+7 701 123 45 67"), ("Form.Education", "Tvet"), ("Form.Status", "Unemployed"), ("Form.StatusSince", "2026-10-01"),
        ("Form.IsKandas", "true"),
    ];

    private static async Task<HttpResponseMessage> RegisterAsync(PortalClient clerk, params (string, string)[] fields) =>
        await clerk.PostFormAsync("/Registry/Persons/Register", "/Registry/Persons/Register", fields);

    private static async Task<(long Id, string Iin)> RegisteredAsync(PortalClient clerk, string surname, string firstName)
    {
        var birth = new DateOnly(1994, 3, 17);
        var iin = TestIins.Next(birth, Sex.Male);
        var response = await RegisterAsync(clerk, Fields(iin, surname, firstName, birth, Sex.Male));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (long.Parse(DetailsId().Match(response.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture), iin);
    }

    private Task<long> CountAsync(string iin) =>
        Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM persons WHERE iin = $1", iin);

    [Fact]
    public async Task A_clerk_registers_a_person_and_the_case_file_shows_consent_status_and_the_full_iin()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(clerk, "Сейітов", "Қайрат");

        var page = await clerk.GetStringAsync($"/Registry/Persons/Details/{id}");
        Assert.Contains("Сейітов Қайрат Ержанұлы", page, StringComparison.Ordinal);
        Assert.Contains(iin, page, StringComparison.Ordinal);
        Assert.Contains("Айгүл Сейітқали", page, StringComparison.Ordinal); // who took the consent
        Assert.Contains("01.10.2026", page, StringComparison.Ordinal); // unemployed since
        var centerA = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA);
        Assert.Equal(centerA, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT center_id FROM persons WHERE id = $1", id));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM employment_status_changes WHERE person_id = $1", id));
    }

    [Fact]
    public async Task Without_consent_nothing_is_saved_and_the_message_says_so()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var birth = new DateOnly(1990, 1, 5);
        var iin = TestIins.Next(birth, Sex.Female);

        var response = await RegisterAsync(clerk, Fields(iin, "Омарова", "Әсел", birth, Sex.Female, consent: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("дербес деректерді өңдеуге келісімін тіркеңіз", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync(iin));
    }

    [Fact]
    public async Task A_birth_date_that_disagrees_with_the_iin_is_refused_next_to_the_field()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var birth = new DateOnly(1990, 1, 5);
        var iin = TestIins.Next(birth, Sex.Female);

        var response = await RegisterAsync(clerk, Fields(iin, "Омарова", "Әсел", birth.AddDays(1), Sex.Female));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.BirthDate\"[^>]*>Туған күні немесе жынысы ЖСН-ге сәйкес келмейді", html);
        Assert.Equal(0L, await CountAsync(iin));
    }

    [Fact]
    public async Task Letters_typed_into_a_date_give_a_localised_message_not_an_error_page()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var fields = Fields(TestIins.Next(new DateOnly(1990, 1, 5), Sex.Male), "Ахметов", "Ерлан", new DateOnly(1990, 1, 5), Sex.Male)
            .Select(f => f.Name == "Form.BirthDate" ? (f.Name, "ертең") : f).ToArray();

        var response = await RegisterAsync(clerk, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Мән дұрыс емес.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_iin_held_by_another_center_tells_which_center_and_since_when_and_nothing_more()
    {
        var holder = await factory.SignedInAsync("clerk.almaty1");
        var (_, iin) = await RegisteredAsync(holder, "Құпиябеков", "Нұрлан");
        var other = await factory.SignedInAsync("clerk.almaty2");

        var response = await RegisterAsync(other, Fields(iin, "Басқа", "Адам", new DateOnly(1994, 3, 17), Sex.Male));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var heldBy = HeldBy().Match(html).Value;
        Assert.Contains("№1 жұмыспен қамту орталығы", heldBy, StringComparison.Ordinal);
        // Held since the day of registration, the portal's today in Kazakhstan.
        var today = KazakhstanTime.Today(TimeProvider.System, KazakhstanTime.NationalZone);
        Assert.Contains(today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), heldBy, StringComparison.Ordinal);
        Assert.DoesNotContain("Құпиябеков", html, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync(iin));
    }

    [Fact]
    public async Task A_transfer_accepted_by_the_holding_center_moves_the_person_and_the_old_center_loses_sight_of_it()
    {
        var holder = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(holder, "Тоқтаров", "Дәулет");
        var requester = await factory.SignedInAsync("clerk.almaty2");
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/Registry/Persons/Details/{id}")).StatusCode);

        var asked = await requester.PostFormAsync("/Registry/Persons/Register", "/Registry/Transfers/RequestTransfer", ("iin", iin), ("note", "көшіп келді"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var transfer = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_transfers WHERE person_id = $1", id);
        var incoming = await holder.GetStringAsync("/Registry/Transfers");
        Assert.Contains("Тоқтаров Дәулет", incoming, StringComparison.Ordinal);
        Assert.Contains("көшіп келді", incoming, StringComparison.Ordinal);

        var accepted = await holder.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Accept/{transfer}");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var centerB = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterB);
        Assert.Equal(centerB, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT center_id FROM persons WHERE id = $1", id));
        Assert.Equal(centerB, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT DISTINCT center_id FROM employment_status_changes WHERE person_id = $1", id));
        Assert.Contains(iin, await requester.GetStringAsync($"/Registry/Persons/Details/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync($"/Registry/Persons/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_and_leaves_the_person_where_it_was()
    {
        var holder = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(holder, "Мұратов", "Серік");
        var requester = await factory.SignedInAsync("clerk.esil");
        await requester.PostFormAsync("/Registry/Persons/Register", "/Registry/Transfers/RequestTransfer", ("iin", iin));
        var transfer = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_transfers WHERE person_id = $1", id);

        var (noReason, _) = await holder.FollowAsync(await holder.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Refuse/{transfer}", ("reason", " ")));
        Assert.Contains("Себебін көрсетіңіз.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await holder.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Refuse/{transfer}", ("reason", "адам орталықта қалады"));

        Assert.Equal("Refused", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT status FROM person_transfers WHERE id = $1", transfer));
        var centerA = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA);
        Assert.Equal(centerA, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT center_id FROM persons WHERE id = $1", id));
        Assert.Contains("адам орталықта қалады", await requester.GetStringAsync("/Registry/Transfers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_addressee_may_accept_a_transfer()
    {
        var holder = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(holder, "Бекұлы", "Арман");
        var requester = await factory.SignedInAsync("clerk.almaty2");
        await requester.PostFormAsync("/Registry/Persons/Register", "/Registry/Transfers/RequestTransfer", ("iin", iin));
        var transfer = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_transfers WHERE person_id = $1", id);

        var byRequester = await requester.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Accept/{transfer}");
        var outsider = await factory.SignedInAsync("clerk.esil");
        var byOutsider = await outsider.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Accept/{transfer}");

        Assert.Equal(HttpStatusCode.NotFound, byRequester.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOutsider.StatusCode);
        var esil = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center, Esil District");
        await using var raw = await Sql.ScopedAsync(factory.PortalConnection, esil);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Sql.ScalarAsync<object>(raw, "SELECT app.accept_person_transfer($1, 'x', current_date)", transfer));
        Assert.Equal("Pending", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT status FROM person_transfers WHERE id = $1", transfer));
    }

    [Fact]
    public async Task A_name_typed_with_Russian_letters_finds_the_Kazakh_spelling_and_the_district_sees_a_masked_iin()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(clerk, "Әбдіқадыров", "Қуаныш");

        var byFirstName = await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("куаныш абди"));
        var byIin = await clerk.GetStringAsync("/Registry/Persons?Query=" + iin);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", byFirstName, StringComparison.Ordinal);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", byIin, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"font-monospace\">{iin}</td>", byIin, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"similar-note\"", byFirstName, StringComparison.Ordinal);

        // A longer word is no prefix of the name: only a similar spelling, and the page says so.
        Assert.Contains("id=\"similar-note\"", await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("куанышбек")), StringComparison.Ordinal);

        var district = await factory.SignedInAsync("dcsecretary.almaty");
        var list = await district.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("Әбдіқадыров"));
        Assert.Contains("********" + iin[8..], list, StringComparison.Ordinal);
        Assert.DoesNotContain(iin, list, StringComparison.Ordinal);

        // The whole IIN: the district finds the person with the IIN masked; another center finds nobody.
        var districtByIin = await district.GetStringAsync("/Registry/Persons?Query=" + iin);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", districtByIin, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"font-monospace\">********{iin[8..]}</td>", districtByIin, StringComparison.Ordinal);
        var outsiderByIin = await (await factory.SignedInAsync("clerk.esil")).GetStringAsync("/Registry/Persons?Query=" + iin);
        Assert.DoesNotContain($"/Registry/Persons/Details/{id}\"", outsiderByIin, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"font-monospace\">", outsiderByIin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_surname_finds_similar_spellings_and_says_so()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Сейітбеков", "Жасұлан");

        var exact = await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("сейитбеков"));
        var mistyped = await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("Сеитбеков"));
        var unrelated = await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("Абракадабров"));

        Assert.DoesNotContain("id=\"similar-note\"", exact, StringComparison.Ordinal);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", mistyped, StringComparison.Ordinal);
        Assert.Contains("id=\"similar-note\"", mistyped, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Registry/Persons/Details/{id}\"", unrelated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_look_at_the_case_file_from_outside_the_holding_center_is_audited()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(clerk, "Қасымов", "Ербол");
        var district = await factory.SignedInAsync("dcsecretary.almaty");

        var page = await district.GetStringAsync($"/Registry/Persons/Details/{id}");

        Assert.DoesNotContain(iin, page, StringComparison.Ordinal);
        var views = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id WHERE a.table_name = 'persons' AND a.row_key = $1 AND a.action = 'VIEW' AND u.user_name = 'dcsecretary.almaty'",
            id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1L, views);
        await clerk.GetStringAsync($"/Registry/Persons/Details/{id}");
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM audit_log WHERE table_name = 'persons' AND row_key = $1 AND action = 'VIEW'", id.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Another_center_gets_404_by_url_and_by_a_tampered_id_in_a_post_and_nothing_changes()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Сәрсенов", "Бауыржан");
        var esil = await factory.SignedInAsync("clerk.esil");

        Assert.Equal(HttpStatusCode.NotFound, (await esil.GetAsync($"/Registry/Persons/Details/{id}")).StatusCode);
        var voided = await esil.PostFormAsync("/Registry/Persons", $"/Registry/Persons/Void/{id}", ("reason", "бөтен"));
        var status = await esil.PostFormAsync("/Registry/Persons", $"/Registry/Persons/ChangeStatus/{id}", ("status", "Employed"), ("since", "2026-11-01"));

        Assert.Equal(HttpStatusCode.NotFound, voided.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.False(await Sql.ScalarAsync<bool>(factory.OwnerConnection, "SELECT is_voided FROM persons WHERE id = $1", id));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM employment_status_changes WHERE person_id = $1", id));
        var esilId = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center, Esil District");
        await using var raw = await Sql.ScopedAsync(factory.PortalConnection, esilId);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(raw, "SELECT count(*) FROM persons WHERE id = $1", id));
    }

    [Fact]
    public async Task A_one_time_message_travels_in_a_cookie_and_pages_without_one_order_no_cookie_deleted()
    {
        const string messageCookie = ".AspNetCore.Mvc.CookieTempDataProvider";
        static string[] MessageCookies(HttpResponseMessage response) =>
            [.. (response.Headers.TryGetValues("Set-Cookie", out var all) ? all : []).Where(c => c.StartsWith(messageCookie + "=", StringComparison.Ordinal))];

        var clerk = await factory.SignedInAsync("clerk.almaty1");
        Assert.Empty(MessageCookies(await clerk.GetAsync("/Registry/Persons")));

        var birth = new DateOnly(1991, 5, 9);
        var registered = await RegisterAsync(clerk, Fields(TestIins.Next(birth, Sex.Female), "Оспанова", "Айгүл", birth, Sex.Female));
        var kept = Assert.Single(MessageCookies(registered));
        Assert.DoesNotContain("1970", kept, StringComparison.Ordinal);

        var (details, url) = await clerk.FollowAsync(registered);
        Assert.Contains("Адам тіркелді.", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", Assert.Single(MessageCookies(details)), StringComparison.Ordinal);

        var again = await clerk.GetAsync(url);
        Assert.DoesNotContain("Адам тіркелді.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(MessageCookies(again));
    }

    [Fact]
    public async Task A_backdated_status_and_a_voiding_are_kept_with_history()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Ким", "Ольга");
        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/ChangeStatus/{id}", ("status", "Employed"), ("since", "2026-11-10"));
        var (noReason, _) = await clerk.FollowAsync(await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/Void/{id}", ("reason", "")));
        Assert.Contains("Себебін көрсетіңіз.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/Void/{id}", ("reason", "екі рет тіркелген"));

        var page = await clerk.GetStringAsync($"/Registry/Persons/Details/{id}");
        Assert.Contains("екі рет тіркелген", page, StringComparison.Ordinal);
        Assert.Contains("id=\"unemployed-since\">—", page, StringComparison.Ordinal);
        Assert.Equal("Employed", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT status FROM persons WHERE id = $1", id));
        Assert.True(await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM audit_log WHERE table_name = 'persons' AND row_key = $1 AND action = 'UPDATE'", id.ToString(CultureInfo.InvariantCulture)) >= 2);
    }

    [Fact]
    public async Task The_holding_center_records_the_family_and_a_bad_iin_or_another_center_is_refused()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Отбасыбаев", "Ержан");
        var childIin = TestIins.Next(new DateOnly(2015, 9, 1), Sex.Female);

        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/AddFamilyMember/{id}",
            ("relation", "Child"), ("fullName", "Отбасыбаева Айару"), ("iin", childIin));
        var (bad, _) = await clerk.FollowAsync(await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/AddFamilyMember/{id}",
            ("relation", "Spouse"), ("fullName", "Отбасыбаева Гүлжан"), ("iin", "123456789012")));
        var esil = await factory.SignedInAsync("clerk.esil");
        var foreign = await esil.PostFormAsync("/Registry/Persons", $"/Registry/Persons/AddFamilyMember/{id}", ("relation", "Other"), ("fullName", "Бөтен Адам"));

        Assert.Contains("ЖСН", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var page = await clerk.GetStringAsync($"/Registry/Persons/Details/{id}");
        Assert.Contains("Отбасыбаева Айару", page, StringComparison.Ordinal);
        Assert.Contains("01.09.2015", page, StringComparison.Ordinal); // the birth date comes from the child's IIN
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM family_members WHERE person_id = $1", id));
    }

    [Fact]
    public async Task A_family_member_is_corrected_with_the_old_entry_kept_in_the_audit_or_voided_with_a_reason_never_deleted()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Түзетов", "Нұрлан");
        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/AddFamilyMember/{id}",
            ("relation", "Child"), ("fullName", "Тузетова Айым"), ("birthDate", "2016-02-03"));
        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", $"/Registry/Persons/AddFamilyMember/{id}", ("relation", "Spouse"), ("fullName", "Қате Жазба"));
        var member = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM family_members WHERE person_id = $1 AND full_name = 'Тузетова Айым'", id);
        var wrong = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM family_members WHERE person_id = $1 AND full_name = 'Қате Жазба'", id);
        var childIin = TestIins.Next(new DateOnly(2016, 2, 3), Sex.Female);
        string Url(string action, long memberId) => $"/Registry/Persons/{action}/{id}?memberId={memberId}";

        var (badIin, _) = await clerk.FollowAsync(await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", Url("CorrectFamilyMember", member),
            ("relation", "Child"), ("fullName", "Түзетова Айым"), ("iin", "123456789012")));
        Assert.Contains("ЖСН", await badIin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Тузетова Айым", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT full_name FROM family_members WHERE id = $1", member));

        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", Url("CorrectFamilyMember", member),
            ("relation", "Child"), ("fullName", "Түзетова Айым"), ("iin", childIin));
        var (noReason, _) = await clerk.FollowAsync(await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", Url("VoidFamilyMember", wrong), ("reason", " ")));
        Assert.Contains("Себебін көрсетіңіз.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await clerk.PostFormAsync($"/Registry/Persons/Details/{id}", Url("VoidFamilyMember", wrong), ("reason", "басқа адамның жұбайы"));
        var esil = await factory.SignedInAsync("clerk.esil");
        var foreign = await esil.PostFormAsync("/Registry/Persons", Url("VoidFamilyMember", member), ("reason", "бөтен"));
        var otherPerson = (await RegisteredAsync(clerk, "Басқаев", "Тимур")).Id;
        var crossed = await clerk.PostFormAsync($"/Registry/Persons/Details/{otherPerson}", $"/Registry/Persons/VoidFamilyMember/{otherPerson}?memberId={member}", ("reason", "айла"));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        Assert.Equal(childIin, await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT iin FROM family_members WHERE id = $1 AND NOT is_voided", member));
        Assert.Equal("басқа адамның жұбайы", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT void_reason FROM family_members WHERE id = $1 AND is_voided", wrong));
        Assert.Contains("Тузетова Айым", await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT changes::text FROM audit_log WHERE table_name = 'family_members' AND row_key = $1 AND action = 'UPDATE' ORDER BY id LIMIT 1",
            member.ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal);
        var page = await clerk.GetStringAsync($"/Registry/Persons/Details/{id}");
        Assert.Matches($"id=\"family-member-{wrong}\"[^>]*>[\\s\\S]*?басқа адамның жұбайы", page);
    }

    [Fact]
    public async Task Forms_where_names_and_texts_are_typed_offer_the_kazakh_letters()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Әріпов", "Ғалым");

        foreach (var page in new[] { "/Registry/Persons/Register", "/Registry/Persons", $"/Registry/Applications/Create?personId={id}" })
        {
            var html = await clerk.GetStringAsync(page);
            foreach (var letter in new[] { "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І" })
            {
                Assert.Contains($"data-letter=\"{letter}\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_csv_export_holds_the_rows_of_the_list()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (_, iin) = await RegisteredAsync(clerk, "Экспортов", "Тест");

        var bytes = await clerk.Http.GetByteArrayAsync("/Registry/Persons/Export?format=csv&separator=;&Query=" + Uri.EscapeDataString("экспортов"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(iin + ";Экспортов Тест Ержанұлы;17.03.1994;", lines[1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/Details/(\d+)")]
    private static partial Regex DetailsId();

    [GeneratedRegex("id=\"held-by\"[\\s\\S]*?</div>")]
    private static partial Regex HeldBy();
}
