using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Enbek.Application.Setup;
using Enbek.Web.Tests.Infrastructure;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>
/// The administrator's pages for organisations and accounts, through the real pipeline. Each test signs
/// an administrator in once: the login throttle allows ten attempts a minute per user name.
/// </summary>
public sealed partial class AdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Astana = "710000000", AstanaAlmaty = "711110000";
    private const string Akmola = "110000000", Akkol = "113200000", Burabay = "117000000";
    private const string Turkestan = "610000000", Sayram = "615200000";
    private const string ValidBin = "070540001236";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(factory.OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteScalarAsync();
    }

    private async Task<long> OrganisationIdAsync(string nameEn) =>
        (long)(await ScalarAsync("SELECT id FROM organisations WHERE name_en = $1", nameEn))!;

    private async Task<long> UserIdAsync(string userName) =>
        (long)(await ScalarAsync("SELECT id FROM users WHERE user_name = $1", userName))!;

    private async Task<string> RegionIdAsync(string kato) =>
        Id((long)(await ScalarAsync("SELECT id FROM regions WHERE kato = $1", kato))!);

    private async Task<string> DistrictIdAsync(string kato) =>
        Id((long)(await ScalarAsync("SELECT id FROM districts WHERE kato = $1 AND valid_to IS NULL", kato))!);

    /// <summary>The validation message shown next to a field, or null when there is none.</summary>
    private static string? FieldError(string html, string field)
    {
        var match = Regex.Match(
            html, $"<span(?=[^>]*field-validation-error)(?=[^>]*data-valmsg-for=\"{Regex.Escape(field)}\")[^>]*>([^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static long DetailsId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(DetailsPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> CreateOrganisationAsync(PortalClient admin, params (string, string)[] fields) =>
        admin.PostFormAsync("/Admin/Organisations/Create", "/Admin/Organisations/Create", fields);

    private static (string, string)[] Center(string nameEn, string regionId, string districtId, string bin = "") =>
    [
        ("Kind", "EmploymentCenter"), ("NameKk", nameEn + " (қаз.)"), ("NameRu", nameEn + " (рус.)"), ("NameEn", nameEn),
        ("Bin", bin), ("RegionId", regionId), ("DistrictId", districtId),
    ];

    private static async Task<string> OneTimePasswordOnAsync(PortalClient admin, HttpResponseMessage redirect)
    {
        var (page, _) = await admin.FollowAsync(redirect);
        var html = await page.Content.ReadAsStringAsync();
        var match = OneTimePasswordPattern().Match(html);
        Assert.True(match.Success, "the one-time password is shown after the redirect");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task The_ministry_administrator_creates_an_organisation_in_any_region()
    {
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        var response = await CreateOrganisationAsync(admin, Center("Sayram Center No 2", await RegionIdAsync(Turkestan), await DistrictIdAsync(Sayram), ValidBin));
        var id = DetailsId(response);
        var (details, _) = await admin.FollowAsync(response);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains(ValidBin, await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(await RegionIdAsync(Turkestan), Id((long)(await ScalarAsync("SELECT region_id FROM organisations WHERE id = $1", id))!));
        Assert.Equal(await DistrictIdAsync(Sayram), Id((long)(await ScalarAsync("SELECT district_id FROM organisations WHERE id = $1", id))!));
        Assert.True((bool)(await ScalarAsync("SELECT is_active FROM organisations WHERE id = $1", id))!);
        Assert.EndsWith($"/c{id}/", (string)(await ScalarAsync("SELECT scope_path FROM organisations WHERE id = $1", id))!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regional_administrator_creates_a_center_in_its_region_and_is_refused_another_region()
    {
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        var own = await CreateOrganisationAsync(admin, Center("Burabay Center No 2", await RegionIdAsync(Akmola), await DistrictIdAsync(Burabay)));
        DetailsId(own);

        var foreign = await CreateOrganisationAsync(admin, Center("Astana Center No 9", await RegionIdAsync(Astana), await DistrictIdAsync(AstanaAlmaty)));
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.NotNull(FieldError(await foreign.Content.ReadAsStringAsync(), "RegionId"));

        var foreignDistrict = await CreateOrganisationAsync(admin, Center("Astana Center No 9", await RegionIdAsync(Akmola), await DistrictIdAsync(AstanaAlmaty)));
        Assert.Equal(HttpStatusCode.OK, foreignDistrict.StatusCode);
        Assert.NotNull(FieldError(await foreignDistrict.Content.ReadAsStringAsync(), "DistrictId"));

        var national = await CreateOrganisationAsync(admin,
            ("Kind", "Ministry"), ("NameKk", "Министрлік"), ("NameRu", "Министерство"), ("NameEn", "Astana Center No 9"));
        Assert.Equal(HttpStatusCode.OK, national.StatusCode);
        Assert.NotNull(FieldError(await national.Content.ReadAsStringAsync(), "Kind"));

        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM organisations WHERE name_en = 'Astana Center No 9'"));
    }

    [Fact]
    public async Task A_regional_administrator_lists_only_its_regions_organisations_and_accounts()
    {
        var akkol = await OrganisationIdAsync("Employment Center, Akkol District");
        var esil = await OrganisationIdAsync("Employment Center, Esil District");
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        var organisations = await admin.GetStringAsync("/Admin/Organisations");
        Assert.Contains($"/Admin/Organisations/Details/{akkol}\"", organisations, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Admin/Organisations/Details/{esil}\"", organisations, StringComparison.Ordinal);

        var users = await admin.GetStringAsync("/Admin/Users?Query=clerk");
        Assert.Contains($"/Admin/Users/Details/{await UserIdAsync("clerk.akkol")}\"", users, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Admin/Users/Details/{await UserIdAsync("clerk.esil")}\"", users, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Organisations/Details/{esil}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Users/Details/{await UserIdAsync("clerk.esil")}")).StatusCode);
    }

    [Fact]
    public async Task A_tampered_id_in_a_deactivate_post_for_another_regions_organisation_is_404_and_changes_nothing()
    {
        var esil = await OrganisationIdAsync("Employment Center, Esil District");
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        var deactivate = await admin.PostFormAsync("/Admin/Organisations", $"/Admin/Organisations/Deactivate/{esil}");
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
        var edit = await admin.PostFormAsync("/Admin/Organisations", $"/Admin/Organisations/Edit/{esil}",
            ("NameKk", "Өзгертілген"), ("NameRu", "Изменено"), ("NameEn", "Changed"), ("Bin", string.Empty));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);

        Assert.True((bool)(await ScalarAsync("SELECT is_active FROM organisations WHERE id = $1", esil))!);
        Assert.Equal("Employment Center, Esil District", await ScalarAsync("SELECT name_en FROM organisations WHERE id = $1", esil));
    }

    [Fact]
    public async Task A_tampered_id_in_a_post_for_another_regions_account_is_404_and_changes_nothing()
    {
        var esil = await UserIdAsync("clerk.esil");
        var hash = await ScalarAsync("SELECT password_hash FROM users WHERE id = $1", esil);
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/Deactivate/{esil}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/ResetPassword/{esil}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/EditRoles/{esil}", ("Roles", "CenterHead"))).StatusCode);

        Assert.True((bool)(await ScalarAsync("SELECT is_active FROM users WHERE id = $1", esil))!);
        Assert.Equal(hash, await ScalarAsync("SELECT password_hash FROM users WHERE id = $1", esil));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM user_roles WHERE user_id = $1", esil));
    }

    [Fact]
    public async Task A_new_account_gets_a_one_time_password_shown_once_and_changes_it_at_first_sign_in()
    {
        var burabay = await OrganisationIdAsync("Employment Center, Burabay District");
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        var created = await admin.PostFormAsync($"/Admin/Users/Create?organisationId={burabay}", "/Admin/Users/Create",
            ("UserName", "clerk.burabay.new"), ("FullName", "Әлия Серікқызы"), ("OrganisationId", Id(burabay)),
            ("Roles", "CenterClerk"), ("PreferredCulture", "ru"));
        var id = DetailsId(created);
        var password = await OneTimePasswordOnAsync(admin, created);
        Assert.DoesNotMatch(OneTimePasswordPattern(), await admin.GetStringAsync($"/Admin/Users/Details/{id}"));
        Assert.True((bool)(await ScalarAsync("SELECT must_change_password FROM users WHERE id = $1", id))!);

        using var holder = factory.Client();
        var login = await holder.LoginAsync("clerk.burabay.new", password);
        Assert.Equal("/Account/ChangePassword", login.Headers.Location!.ToString());
        var elsewhere = await holder.GetAsync("/Registry/Reception");
        Assert.Equal("/Account/ChangePassword", elsewhere.Headers.Location!.ToString());

        var changed = await holder.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword",
            ("CurrentPassword", password), ("NewPassword", "Burabay-2026-own"), ("ConfirmPassword", "Burabay-2026-own"));
        var (home, url) = await holder.FollowAsync(changed);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.StartsWith("/Registry/", url, StringComparison.Ordinal);
        Assert.False((bool)(await ScalarAsync("SELECT must_change_password FROM users WHERE id = $1", id))!);
    }

    [Fact]
    public async Task A_role_the_organisation_kind_cannot_hold_is_refused_and_one_it_can_is_granted()
    {
        var burabay = await OrganisationIdAsync("Employment Center, Burabay District");
        var akkol = await UserIdAsync("clerk.akkol");
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        var created = await admin.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create",
            ("UserName", "secretary.burabay"), ("FullName", "Ержан Бекұлы"), ("OrganisationId", Id(burabay)),
            ("Roles", "CenterClerk"), ("Roles", "DistrictCommissionSecretary"), ("PreferredCulture", "kk"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotNull(FieldError(await created.Content.ReadAsStringAsync(), "Roles"));
        Assert.Null(await ScalarAsync("SELECT id FROM users WHERE user_name = 'secretary.burabay'"));

        var edited = await admin.PostFormAsync($"/Admin/Users/EditRoles/{akkol}", $"/Admin/Users/EditRoles/{akkol}", ("Roles", "LenderOfficer"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotNull(FieldError(await edited.Content.ReadAsStringAsync(), "Roles"));
        Assert.Equal("CenterClerk", await ScalarAsync(
            "SELECT string_agg(r.name, ',') FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = $1", akkol));

        var forged = await admin.PostFormAsync($"/Admin/Users/EditRoles/{akkol}", $"/Admin/Users/EditRoles/{akkol}", ("Roles", "999"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.NotNull(FieldError(await forged.Content.ReadAsStringAsync(), "Roles"));

        var granted = await admin.PostFormAsync($"/Admin/Users/EditRoles/{akkol}", $"/Admin/Users/EditRoles/{akkol}",
            ("Roles", "CenterClerk"), ("Roles", "CenterHead"));
        Assert.Equal($"/Admin/Users/Details/{akkol}", granted.Headers.Location!.ToString());
        Assert.Equal("CenterClerk,CenterHead", await ScalarAsync(
            "SELECT string_agg(r.name, ',' ORDER BY r.name) FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = $1", akkol));
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_until_reactivated()
    {
        var esil = await UserIdAsync("clerk.esil");
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        var deactivated = await admin.PostFormAsync($"/Admin/Users/Details/{esil}", $"/Admin/Users/Deactivate/{esil}");
        Assert.Equal($"/Admin/Users/Details/{esil}", deactivated.Headers.Location!.ToString());
        Assert.False((bool)(await ScalarAsync("SELECT is_active FROM users WHERE id = $1", esil))!);

        using (var clerk = factory.Client())
        {
            Assert.Equal(HttpStatusCode.OK, (await clerk.LoginAsync("clerk.esil")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await clerk.GetAsync("/Registry/Reception")).StatusCode);
        }

        await admin.PostFormAsync($"/Admin/Users/Details/{esil}", $"/Admin/Users/Reactivate/{esil}");
        using var again = await factory.Client().SignedInAsync("clerk.esil");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Registry/Reception")).StatusCode);
    }

    [Fact]
    public async Task The_accounts_of_a_deactivated_organisation_cannot_sign_in_until_it_is_reactivated()
    {
        var zhetysai = (long)(await ScalarAsync("SELECT id FROM organisations WHERE name_en = 'Employment Center, Zhetysai District'"))!;
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        await admin.PostFormAsync($"/Admin/Organisations/Details/{zhetysai}", $"/Admin/Organisations/Deactivate/{zhetysai}");

        using (var clerk = factory.Client())
        {
            Assert.Equal(HttpStatusCode.OK, (await clerk.LoginAsync("clerk.zhetysai")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await clerk.GetAsync("/Registry/Reception")).StatusCode);
        }

        Assert.Equal("OrganisationDeactivated", await ScalarAsync(
            "SELECT outcome FROM login_events WHERE user_name = 'clerk.zhetysai' ORDER BY id DESC LIMIT 1"));
        var reactivated = await admin.PostFormAsync($"/Admin/Organisations/Details/{zhetysai}", $"/Admin/Organisations/Reactivate/{zhetysai}");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.True((bool)(await ScalarAsync("SELECT is_active FROM organisations WHERE id = $1", zhetysai))!);
        using var again = await factory.Client().SignedInAsync("clerk.zhetysai");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Registry/Reception")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account_or_organisation()
    {
        var self = await UserIdAsync("admin.ministry");
        var ministry = await OrganisationIdAsync("Ministry of Labour and Social Protection");
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        var account = await admin.PostFormAsync($"/Admin/Users/Details/{self}", $"/Admin/Users/Deactivate/{self}");
        var (page, _) = await admin.FollowAsync(account);
        Assert.Contains("id=\"refusal\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await admin.PostFormAsync($"/Admin/Organisations/Details/{ministry}", $"/Admin/Organisations/Deactivate/{ministry}");
        Assert.True((bool)(await ScalarAsync("SELECT is_active FROM users WHERE id = $1", self))!);
        Assert.True((bool)(await ScalarAsync("SELECT is_active FROM organisations WHERE id = $1", ministry))!);
    }

    [Fact]
    public async Task Resetting_a_password_issues_a_working_one_time_password_and_clears_the_lockout()
    {
        var burabay = await UserIdAsync("clerk.burabay");
        using (var intruder = factory.Client())
        {
            for (var i = 0; i < 5; i++)
            {
                await intruder.LoginAsync("clerk.burabay", "Wrong-password-1");
            }
        }

        Assert.NotNull(await ScalarAsync("SELECT lockout_end FROM users WHERE id = $1 AND lockout_end > now()", burabay));
        using var admin = await factory.Client().SignedInAsync("admin.akmola");
        Assert.Contains("id=\"user-locked-out\"", await admin.GetStringAsync($"/Admin/Users/Details/{burabay}"), StringComparison.Ordinal);
        var reset = await admin.PostFormAsync($"/Admin/Users/Details/{burabay}", $"/Admin/Users/ResetPassword/{burabay}");
        var password = await OneTimePasswordOnAsync(admin, reset);
        Assert.Equal(DBNull.Value, await ScalarAsync("SELECT lockout_end FROM users WHERE id = $1", burabay));
        Assert.Equal(0, await ScalarAsync("SELECT access_failed_count FROM users WHERE id = $1", burabay));

        using var clerk = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await clerk.LoginAsync("clerk.burabay", DemoData.Password)).StatusCode);
        var login = await clerk.LoginAsync("clerk.burabay", password);
        Assert.Equal("/Account/ChangePassword", login.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Organisations")]
    [InlineData("/Admin/Users/Create")]
    [InlineData("/Admin/Organisations/Create")]
    public async Task A_clerk_gets_403_on_the_administrators_pages(string url)
    {
        using var clerk = await factory.Client().SignedInAsync("clerk.almaty2");
        var response = await clerk.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("<form method=\"post\" action=\"/Admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_history_lists_a_failed_attempt()
    {
        var almaty1 = await UserIdAsync("clerk.almaty1");
        using (var someone = factory.Client())
        {
            await someone.LoginAsync("clerk.almaty1", "Wrong-password-1");
        }

        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        var html = await admin.GetStringAsync($"/Admin/Users/Details/{almaty1}");
        var history = html[html.IndexOf("id=\"login-history\"", StringComparison.Ordinal)..];
        Assert.Contains("data-outcome=\"WrongPassword\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bin_with_a_wrong_check_digit_is_refused_on_create_and_on_edit()
    {
        var akkol = await OrganisationIdAsync("Employment Center, Akkol District");
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        var created = await CreateOrganisationAsync(admin, Center("Akkol Center No 2", await RegionIdAsync(Akmola), await DistrictIdAsync(Akkol), "070540001237"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotNull(FieldError(await created.Content.ReadAsStringAsync(), "Bin"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM organisations WHERE name_en = 'Akkol Center No 2'"));

        var edited = await admin.PostFormAsync($"/Admin/Organisations/Edit/{akkol}", $"/Admin/Organisations/Edit/{akkol}",
            ("NameKk", "Ақкөл"), ("NameRu", "Акколь"), ("NameEn", "Akkol"), ("Bin", "12345678901x"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotNull(FieldError(await edited.Content.ReadAsStringAsync(), "Bin"));
        Assert.Equal("Employment Center, Akkol District", await ScalarAsync("SELECT name_en FROM organisations WHERE id = $1", akkol));
    }

    [Fact]
    public async Task Editing_names_and_bin_is_saved_and_shows_in_the_history()
    {
        var chamber = await OrganisationIdAsync("Akmola Regional Chamber of Entrepreneurs");
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        var saved = await admin.PostFormAsync($"/Admin/Organisations/Edit/{chamber}", $"/Admin/Organisations/Edit/{chamber}",
            ("NameKk", "Ақмола облысының өңірлік кәсіпкерлер палатасы"), ("NameRu", "Региональная палата предпринимателей Акмолинской области"),
            ("NameEn", "Akmola Regional Chamber of Entrepreneurs"), ("Bin", "070540001907"));
        Assert.Equal($"/Admin/Organisations/Details/{chamber}", saved.Headers.Location!.ToString());
        Assert.Equal("070540001907", await ScalarAsync("SELECT bin FROM organisations WHERE id = $1", chamber));
        Assert.Equal("Ақмола облысының өңірлік кәсіпкерлер палатасы", await ScalarAsync("SELECT name_kk FROM organisations WHERE id = $1", chamber));
        var html = await admin.GetStringAsync($"/Admin/Organisations/Details/{chamber}");
        var history = html[html.IndexOf("id=\"history\"", StringComparison.Ordinal)..];
        Assert.Contains("070540001907", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commission_has_one_chair_at_a_time_and_a_membership_ends_on_its_last_day()
    {
        var commission = await OrganisationIdAsync("Akkol District Commission");
        var center = await OrganisationIdAsync("Employment Center, Akkol District");
        var chair = (long)(await ScalarAsync("SELECT id FROM commission_members WHERE commission_id = $1 AND position = 'Chair'", commission))!;
        var firstDay = (DateOnly)(await ScalarAsync("SELECT valid_from FROM commission_members WHERE id = $1", chair))!;
        var handover = firstDay.AddMonths(6);
        var page = $"/Admin/Organisations/AddMember/{commission}";
        (string, string)[] newChair =
        [
            ("FullName", "Сәкен Жұмабеков"), ("JobTitle", "Аудан әкімінің орынбасары"), ("Position", "Chair"),
            ("ValidFrom", handover.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ];
        using var admin = await factory.Client().SignedInAsync("admin.akmola");

        var refused = await admin.PostFormAsync(page, page, newChair);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(FieldError(await refused.Content.ReadAsStringAsync(), "Position"));

        var endPage = $"/Admin/Organisations/EndMembership/{commission}?memberId={chair}";
        var tooEarly = await admin.PostFormAsync(endPage, endPage, ("ValidTo", firstDay.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.NotNull(FieldError(await tooEarly.Content.ReadAsStringAsync(), "ValidTo"));
        var ended = await admin.PostFormAsync(endPage, endPage, ("ValidTo", handover.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal($"/Admin/Organisations/Details/{commission}", ended.Headers.Location!.ToString());
        Assert.Equal(handover.AddDays(-1), await ScalarAsync("SELECT valid_to FROM commission_members WHERE id = $1", chair));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page, newChair)).StatusCode);
        Assert.Equal(2L, await ScalarAsync("SELECT count(*) FROM commission_members WHERE commission_id = $1 AND position = 'Chair'", commission));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Organisations/AddMember/{center}")).StatusCode);
    }

    [Fact]
    public async Task Validation_messages_appear_in_russian_when_the_administrators_language_is_russian()
    {
        using var admin = await factory.Client().SignedInAsync("admin.ministry");
        try
        {
            await admin.PostFormAsync("/Admin/Organisations", "/Culture/Set", ("culture", "ru"), ("returnUrl", "/Admin/Organisations/Create"));
            var response = await CreateOrganisationAsync(admin,
                ("Kind", "RegionalCommission"), ("NameKk", string.Empty), ("NameRu", "Комиссия"), ("NameEn", "Commission"), ("Bin", "070540001237"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal("Укажите название на казахском языке.", FieldError(html, "NameKk"));
            Assert.Equal("БИН указан неверно: он должен состоять из 12 цифр с правильным контрольным разрядом.", FieldError(html, "Bin"));
            Assert.Equal("Выберите регион.", FieldError(html, "RegionId"));
        }
        finally
        {
            await admin.PostFormAsync("/Admin/Organisations", "/Culture/Set", ("culture", "kk"), ("returnUrl", "/"));
        }
    }

    [GeneratedRegex(@"/Details/(\d+)$")]
    private static partial Regex DetailsPattern();

    [GeneratedRegex("id=\"one-time-password-value\">([^<]+)<")]
    private static partial Regex OneTimePasswordPattern();
}
