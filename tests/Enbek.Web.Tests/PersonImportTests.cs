using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Web.Tests.Infrastructure;
using MiniExcelLibs;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>
/// Importing people from CSV and .xlsx over the real pipeline: every bad row named with its line and
/// reason, all good rows registered in one transaction at the clerk's own center, or none.
/// </summary>
public sealed partial class PersonImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CenterA = "Employment Center No 1, Almaty District";
    private const string CenterB = "Employment Center No 2, Almaty District";

    private static readonly string[] KazakhHeader =
    [
        "ЖСН", "Тегі", "Аты", "Әкесінің аты", "Туған күні", "Жынысы", "Телефон", "Өңірдің ӘАОЖ коды", "Ауданның ӘАОЖ коды",
        "Елді мекеннің ӘАОЖ коды", "Көше", "Үй, пәтер", "Білімі", "Жұмыспен қамту мәртебесі", "Мәртебе басталған күн", "Келісім күні", "Келісім нысаны",
        "Өтініш күні", "Өтініш берушінің санаты", "Сұралатын іс-шаралар", "Өтініш бойынша ескертпе",
    ];

    private static readonly string[] RussianHeader =
    [
        "ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Телефон", "Код КАТО региона", "Код КАТО района",
        "Код КАТО населённого пункта", "Улица", "Дом, квартира", "Образование", "Статус занятости", "Дата начала статуса", "Дата согласия", "Форма согласия",
        "Дата заявления", "Категория заявителя", "Запрашиваемые меры", "Примечание к заявлению",
    ];

    /// <summary>A row of the file in the template's column order; by default a good row in Kazakh for an address in Astana, without an application.</summary>
    private sealed record Row(
        string Iin, string BirthDate, string Sex, string Surname = "Импортов", string FirstName = "Ерлан", string Patronymic = "Серікұлы",
        string Phone = "+7 701 000 00 00", string RegionKato = "710000000", string DistrictKato = "711110000", string SettlementKato = "",
        string Street = "Абай даңғылы", string House = "10, 5", string Education = "Жоғары", string Status = "Жұмыссыз",
        string StatusSince = "01.10.2026", string ConsentDate = "20.11.2026", string ConsentForm = "Қағаз нысанында",
        string AppliedOn = "", string Category = "", string Measures = "", string ApplicationNote = "")
    {
        public string[] Cells =>
        [
            Iin, Surname, FirstName, Patronymic, BirthDate, Sex, Phone, RegionKato, DistrictKato, SettlementKato, Street, House,
            Education, Status, StatusSince, ConsentDate, ConsentForm, AppliedOn, Category, Measures, ApplicationNote,
        ];
    }

    private static Row Someone(DateOnly birth, Sex sex, string surname = "Импортов") =>
        new(TestIins.Next(birth, sex), birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), sex == Sex.Male ? "Ер" : "Әйел", surname);

    private static Row WrongCheckDigit(Row row) =>
        row with { Iin = row.Iin[..11] + (char)('0' + ((row.Iin[11] - '0' + 1) % 10)) };

    private static byte[] Csv(char separator, string[] header, IEnumerable<string[]> rows, bool bom = false)
    {
        var text = new StringBuilder();
        foreach (var cells in new[] { header }.Concat(rows))
        {
            text.AppendJoin(separator, cells.Select(c => c.IndexOfAny([separator, '"', '\n']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
    }

    private static byte[] Csv(params Row[] rows) => Csv(',', KazakhHeader, rows.Select(r => r.Cells));

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient clerk, byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        var page = await clerk.GetStringAsync("/Registry/PersonImport");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalClient.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await clerk.Http.PostAsync("/Registry/PersonImport/Upload", form);
    }

    /// <summary>Uploads a file and opens its preview.</summary>
    private static async Task<(string Url, string Html)> PreviewAsync(PortalClient clerk, byte[] content, string fileName = "people.csv", params (string, string)[] fields)
    {
        var response = await UploadAsync(clerk, content, fileName, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var url = response.Headers.Location!.ToString();
        return (url, await clerk.GetStringAsync(url));
    }

    private static Task<HttpResponseMessage> ImportAsync(PortalClient clerk, string previewUrl, string previewHtml) =>
        clerk.PostFormAsync(previewUrl, previewUrl.Replace("/Preview/", "/Import/", StringComparison.Ordinal),
            ("fingerprint", Fingerprint().Match(previewHtml).Groups[1].Value));

    private static async Task<string> UploadRefusedAsync(PortalClient clerk, byte[] content, string fileName)
    {
        var response = await UploadAsync(clerk, content, fileName);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(ImportError().Match(html).Groups[1].Value);
    }

    private static string LineOf(string html, int line) =>
        Regex.Match(html, $"<tr id=\"line-{line}\">[\\s\\S]*?</tr>").Value is { Length: > 0 } row ? WebUtility.HtmlDecode(row) : $"(line {line} is not listed)";

    private static async Task RegisterByFormAsync(PortalClient clerk, string iin, string surname, DateOnly birth, Sex sex)
    {
        var response = await clerk.PostFormAsync("/Registry/Persons/Register", "/Registry/Persons/Register",
            ("Form.ConsentConfirmed", "true"), ("Form.ConsentGivenOn", "2026-11-20"), ("Form.ConsentForm", "Paper"),
            ("Form.Iin", iin), ("Form.Surname", surname), ("Form.FirstName", "Жасырын"), ("Form.BirthDate", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Form.Sex", sex.ToString()), ("Form.Education", "Tvet"), ("Form.Status", "Unemployed"), ("Form.StatusSince", "2026-10-01"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<long> CountAsync(string iin) =>
        Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM persons WHERE iin = $1", iin);

    [Fact]
    public async Task The_preview_lists_every_bad_row_with_its_line_and_reason_and_counts_the_good_ones()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var other = await factory.SignedInAsync("clerk.almaty2");
        var heldElsewhere = Someone(new DateOnly(1985, 6, 1), Sex.Male);
        await RegisterByFormAsync(other, heldElsewhere.Iin, "Бөтенов", new DateOnly(1985, 6, 1), Sex.Male);
        var heldHere = Someone(new DateOnly(1986, 7, 2), Sex.Female);
        await RegisterByFormAsync(clerk, heldHere.Iin, "Өзімізде", new DateOnly(1986, 7, 2), Sex.Female);
        var twice = Someone(new DateOnly(1990, 2, 3), Sex.Male);
        var birth = new DateOnly(1992, 4, 5);
        Row[] rows =
        [
            Someone(birth, Sex.Male, "Жақсыбеков"),                                                               // 2
            Someone(birth, Sex.Female, "Дұрысова") with
            {
                Sex = "Ж", Education = "Высшее", Status = "Работает", ConsentForm = "SmsCode",
                RegionKato = "110000000", DistrictKato = "113200000", SettlementKato = "113220100",
            },                                                                                                     // 3
            WrongCheckDigit(Someone(birth, Sex.Male)),                                                            // 4
            Someone(birth, Sex.Male) with { BirthDate = "06.04.1992" },                                           // 5 birth date
            twice,                                                                                                 // 6
            twice with { Surname = "Қайталанов" },                                                                 // 7
            heldElsewhere,                                                                                         // 8
            heldHere,                                                                                              // 9
            Someone(birth, Sex.Male) with { RegionKato = "999999999" },                                           // 10
            Someone(birth, Sex.Male) with { DistrictKato = "113200000" },                                         // 11 Akkol is in Akmola
            Someone(birth, Sex.Male) with { RegionKato = "110000000", DistrictKato = "117000000", SettlementKato = "113220100" }, // 12
            Someone(birth, Sex.Male) with { ConsentDate = "", ConsentForm = "" },                                // 13
            Someone(birth, Sex.Male) with { StatusSince = "31.02.2026" },                                         // 14
            Someone(birth, Sex.Male) with { Status = "Бастық" },                                                  // 15
            Someone(birth, Sex.Male) with { Surname = "Ivanov" },                                                 // 16
            Someone(birth, Sex.Male) with { ConsentDate = "01.12.2030" },                                         // 17
        ];
        var goodAfterBlank = Someone(birth, Sex.Female, "Кейінгіева");
        var content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Csv(rows)) + "\r\n" + string.Join(',', goodAfterBlank.Cells.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)) + "\r\n");

        var (_, html) = await PreviewAsync(clerk, content);

        Assert.Contains("id=\"ready-count\">3<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"refused-count\">14<", html, StringComparison.Ordinal);
        foreach (var good in new[] { 2, 3, 19 })
        {
            Assert.DoesNotContain($"id=\"line-{good}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("ЖСН: ЖСН қате", LineOf(html, 4), StringComparison.Ordinal);
        Assert.Contains("Туған күні: Туған күні немесе жынысы ЖСН-ге сәйкес келмейді.", LineOf(html, 5), StringComparison.Ordinal);
        Assert.Contains("ЖСН файлда бірнеше рет кездеседі: 6, 7 жолдар.", LineOf(html, 6), StringComparison.Ordinal);
        Assert.Contains("ЖСН файлда бірнеше рет кездеседі: 6, 7 жолдар.", LineOf(html, 7), StringComparison.Ordinal);
        Assert.Contains("Бұл ЖСН басқа орталықта тіркелген: Алматы ауданының №2 жұмыспен қамту орталығы.", LineOf(html, 8), StringComparison.Ordinal);
        Assert.Contains("Бұл адам сіздің орталығыңызда тіркелген.", LineOf(html, 9), StringComparison.Ordinal);
        Assert.Contains("Өңірдің ӘАОЖ коды: Бұл ӘАОЖ коды бар өңір жоқ.", LineOf(html, 10), StringComparison.Ordinal);
        Assert.Contains("Ауданның ӘАОЖ коды: Аудан таңдалған облысқа жатпайды.", LineOf(html, 11), StringComparison.Ordinal);
        Assert.Contains("Елді мекеннің ӘАОЖ коды: Елді мекен таңдалған облыс пен аудан аумағында емес.", LineOf(html, 12), StringComparison.Ordinal);
        Assert.Contains("Келісім күні: Ең алдымен адамның дербес деректерді өңдеуге келісімін тіркеңіз.", LineOf(html, 13), StringComparison.Ordinal);
        Assert.Contains("Мәртебе басталған күн: Күнді кк.аа.жжжж түрінде жазыңыз.", LineOf(html, 14), StringComparison.Ordinal);
        Assert.Contains("Жұмыспен қамту мәртебесі: «Бастық» мәні белгісіз", LineOf(html, 15), StringComparison.Ordinal);
        Assert.Contains("Тегі: Аты-жөнін кирилл әріптерімен жазыңыз.", LineOf(html, 16), StringComparison.Ordinal);
        Assert.Contains("Келісім күні: Келісім болашақ күнмен рәсімделмейді.", LineOf(html, 17), StringComparison.Ordinal);

        // The other center's record stays behind row-level security: only the center is named.
        Assert.DoesNotContain("Бөтенов", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Жасырын", html, StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM persons WHERE surname = 'Жақсыбеков'"));
    }

    [Fact]
    public async Task The_import_registers_exactly_the_good_rows_at_the_clerks_center_with_consent_status_history_and_audit()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var first = Someone(new DateOnly(1988, 8, 8), Sex.Male, "Бірінші");
        var second = Someone(new DateOnly(2001, 1, 9), Sex.Female, "Екінші") with
        {
            RegionKato = "110000000", DistrictKato = "113200000", SettlementKato = "113220100", Status = "Жұмыс іздеуші",
            StatusSince = "15.09.2026", ConsentForm = "eGov порталы арқылы", Phone = "", Patronymic = "",
        };
        var bad = Someone(new DateOnly(1988, 8, 8), Sex.Male) with { FirstName = "" };
        var (url, html) = await PreviewAsync(clerk, Csv(first, second, bad));

        var response = await ImportAsync(clerk, url, html);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await clerk.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Орталығыңызда 2 адам тіркелді.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"imported-count\">2<", page, StringComparison.Ordinal);
        Assert.Contains("Аты: Атын енгізіңіз.", LineOf(page, 4), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"import-confirm\"", page, StringComparison.Ordinal);

        var centerA = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA);
        var today = KazakhstanTime.Today(TimeProvider.System, KazakhstanTime.NationalZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(
            $"{first.Iin}|{centerA}|БИРИНШИ ЕРЛАН СЕРИКУЛЫ|1988-08-08|Male|+7 701 000 00 00|-|Higher|Unemployed|2026-10-01|2026-11-20|Paper|Айгүл Сейітқали|{today}|Unemployed@2026-10-01|1\n"
            + $"{second.Iin}|{centerA}|ЕКИНШИ ЕРЛАН|2001-01-09|Female|-|113220100|Higher|JobSeeker|2026-09-15|2026-11-20|EGov|Айгүл Сейітқали|{today}|JobSeeker@2026-09-15|1",
            await Sql.ScalarAsync<string>(factory.OwnerConnection, """
                SELECT string_agg(concat_ws('|', p.iin, p.center_id, p.name_key, p.birth_date, p.sex, coalesce(p.phone, '-'),
                         coalesce((SELECT s.kato FROM settlements s WHERE s.id = p.address_settlement_id), '-'), p.education, p.status, p.status_since,
                         p.consent_given_on, p.consent_form, p.consent_taken_by_name, p.registered_on,
                         (SELECT string_agg(c.status || '@' || c.since, ',') FROM employment_status_changes c WHERE c.person_id = p.id AND c.center_id = p.center_id),
                         (SELECT count(*) FROM audit_log a WHERE a.table_name = 'persons' AND a.row_key = p.id::text AND a.action = 'INSERT')), E'\n' ORDER BY p.id)
                FROM persons p WHERE p.iin = ANY($1)
                """, (object)new[] { first.Iin, second.Iin, bad.Iin }));
        Assert.Equal(0L, await CountAsync(bad.Iin));
    }

    [Fact]
    public async Task An_xlsx_with_English_headers_numeric_iins_and_date_cells_is_imported()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var birth = new DateOnly(2003, 5, 17);
        var iin = TestIins.Next(birth, Sex.Male);
        Assert.StartsWith("03", iin, StringComparison.Ordinal);
        var sheet = new List<Dictionary<string, object>>
        {
            new()
            {
                ["IIN"] = double.Parse(iin, CultureInfo.InvariantCulture), ["Surname"] = "Эксельбаев", ["Name"] = "Нұрсұлтан", ["Birth date"] = birth.ToDateTime(TimeOnly.MinValue),
                ["Sex"] = "Male", ["Education"] = "GeneralSecondary", ["Employment status"] = "Student", ["Status since"] = new DateTime(2026, 9, 1),
                ["Date of consent"] = new DateTime(2026, 11, 23), ["Form of consent"] = "On paper", ["Region KATO"] = 710000000d,
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);

        var (url, html) = await PreviewAsync(clerk, stream.ToArray(), "people.xlsx");
        Assert.Contains("id=\"ready-count\">1<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"refused-count\">0<", html, StringComparison.Ordinal);
        await ImportAsync(clerk, url, html);

        Assert.Equal("Эксельбаев|2003-05-17|Student|2026-09-01|2026-11-23", await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT concat_ws('|', surname, birth_date, status, status_since, consent_given_on) FROM persons WHERE iin = $1", iin));
    }

    [Fact]
    public async Task A_semicolon_csv_with_a_bom_and_Russian_headers_and_values_is_imported_and_explained_in_Russian()
    {
        var clerk = await factory.SignedInAsync("clerk.esil");
        await clerk.PostFormAsync("/Registry/PersonImport", "/Culture/Set", ("culture", "ru"), ("returnUrl", "/Registry/PersonImport"));
        var good = Someone(new DateOnly(1979, 12, 31), Sex.Female, "Точкова") with
        {
            Sex = "Женский", Education = "Техническое и профессиональное", Status = "Безработный", ConsentForm = "На бумаге",
            DistrictKato = "711210000", Street = "ул. Кенесары; д. 4",
        };
        var bad = Someone(new DateOnly(1979, 12, 31), Sex.Male) with { Sex = "Мужской", Education = "Высшее", Status = "Безработный", ConsentForm = "На бумаге", BirthDate = "1979-13-01" };

        var (url, html) = await PreviewAsync(clerk, Csv(';', RussianHeader, [good.Cells, bad.Cells], bom: true));

        Assert.Contains("id=\"ready-count\">1<", html, StringComparison.Ordinal);
        Assert.Contains("Дата рождения: Укажите дату в виде дд.мм.гггг.", LineOf(html, 3), StringComparison.Ordinal);
        await ImportAsync(clerk, url, html);
        var esil = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center, Esil District");
        Assert.Equal($"{esil}|Female|Tvet|ул. Кенесары; д. 4", await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT concat_ws('|', center_id, sex, education, address_street) FROM persons WHERE iin = $1", good.Iin));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_the_insert_leaves_no_row_of_the_file()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var rows = Enumerable.Range(0, 3).Select(i => Applying(Someone(new DateOnly(1995, 3, 10 + i), Sex.Male, "Сәтсіз"), category: "Жұмыс іздеуші")).ToArray();
        var (url, html) = await PreviewAsync(clerk, Csv(rows));
        Assert.Contains("id=\"ready-count\">3<", html, StringComparison.Ordinal);
        var centerB = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterB);

        // Another center registers the last IIN while the import runs: its row is not committed yet,
        // so the import's check passes, inserts the first rows and waits on the unique index.
        await using var blocker = new NpgsqlConnection(factory.OwnerConnection);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO persons (center_id, iin, surname, first_name, name_key, birth_date, sex, education, has_disability, is_low_income_family,
              is_kandas, status, status_since, registered_on, held_since, consent_given_on, consent_form, consent_taken_by_name, is_voided, created_at)
            VALUES ($1, $2, 'Озық', 'Келген', 'ОЗЫК КЕЛГЕН', '1995-03-12', 'Male', 'Higher', false, false, false, 'Unemployed', '2026-11-01',
              '2026-11-24', '2026-11-24', '2026-11-24', 'Paper', 'Басқа маман', false, now())
            """, blocker, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = centerB });
            insert.Parameters.Add(new NpgsqlParameter { Value = rows[2].Iin });
            await insert.ExecuteNonQueryAsync();
        }

        var importing = ImportAsync(clerk, url, html);
        for (var i = 0; i < 600 && await WaitingOnLocksAsync() == 0; i++)
        {
            Assert.False(importing.IsCompleted, "the import finished without waiting for the other center's row");
            await Task.Delay(100);
        }

        Assert.True(await WaitingOnLocksAsync() > 0, "the import never waited for the other center's row");
        await transaction.CommitAsync();
        var response = await importing;

        var (page, _) = await clerk.FollowAsync(response);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("Ештеңе жүктелген жоқ", text, StringComparison.Ordinal);
        Assert.Contains("Бұл ЖСН басқа орталықта тіркелген: Алматы ауданының №2 жұмыспен қамту орталығы.", LineOf(text, 4), StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync(rows[0].Iin));
        Assert.Equal(0L, await CountAsync(rows[1].Iin));
        Assert.Equal(centerB, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT center_id FROM persons WHERE iin = $1", rows[2].Iin));
        Assert.Equal(0L, await ApplicationCountAsync(rows.Select(r => r.Iin)));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM audit_log WHERE table_name = 'persons' AND changes -> 'iin' ->> 'new' = ANY($1)", (object)new[] { rows[0].Iin, rows[1].Iin }));
    }

    private Task<long> WaitingOnLocksAsync() => Sql.ScalarAsync<long>(factory.OwnerConnection,
        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()");

    [Fact]
    public async Task The_center_is_the_signed_in_clerks_and_another_center_cannot_see_or_import_the_file()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var centerA = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA);
        var centerB = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterB);
        var row = Someone(new DateOnly(1970, 10, 10), Sex.Male, "Басқасыз");
        var centerField = centerB.ToString(CultureInfo.InvariantCulture);
        var (url, html) = await PreviewAsync(clerk, Csv(row), "people.csv", ("centerId", centerField), ("CenterId", centerField), ("Owner.CenterId", centerField));

        var outsider = await factory.SignedInAsync("clerk.almaty2");
        var id = url[(url.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Registry/PersonImport/Report/{id}?format=csv")).StatusCode);
        var stolen = await outsider.PostFormAsync("/Registry/PersonImport", $"/Registry/PersonImport/Import/{id}",
            ("fingerprint", Fingerprint().Match(html).Groups[1].Value), ("centerId", centerField));
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(0L, await CountAsync(row.Iin));

        await ImportAsync(clerk, url, html);

        Assert.Equal(centerA, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT center_id FROM persons WHERE iin = $1", row.Iin));
        var secretary = await factory.SignedInAsync("dcsecretary.almaty");
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/Registry/PersonImport")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Registry/PersonImport/Preview/..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    [Fact]
    public async Task The_report_says_what_was_imported_and_what_was_refused_and_why()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var good = Someone(new DateOnly(1999, 9, 9), Sex.Female, "Есептегі");
        var bad = Someone(new DateOnly(1999, 9, 9), Sex.Male, "Smith");
        var applying = Someone(new DateOnly(1999, 9, 9), Sex.Male, "Өтінішті") with { AppliedOn = "21.11.2026", Category = "Жұмыссыз", Measures = "Қоғамдық жұмыстар" };
        var (url, html) = await PreviewAsync(clerk, Csv(good, bad, applying));
        var reportUrl = url.Replace("/Preview/", "/Report/", StringComparison.Ordinal);

        var before = await clerk.Http.GetByteArrayAsync(reportUrl + "?format=csv&separator=;");
        Assert.Contains($"2;{good.Iin};Есептегі Ерлан Серікұлы;Жүктеуге дайын;;", Encoding.UTF8.GetString(before), StringComparison.Ordinal);
        Assert.Contains($"4;{applying.Iin};Өтінішті Ерлан Серікұлы;Жүктеуге дайын;Иә;", Encoding.UTF8.GetString(before), StringComparison.Ordinal);
        await ImportAsync(clerk, url, html);
        var csv = await clerk.Http.GetByteArrayAsync(reportUrl + "?format=csv&separator=;");
        var xlsx = await clerk.Http.GetByteArrayAsync(reportUrl + "?format=xlsx");

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "Жол;ЖСН;Тегі, аты, әкесінің аты;Нәтиже;Өтініш;Себептері",
            $"2;{good.Iin};Есептегі Ерлан Серікұлы;Жүктелді;;",
            $"3;{bad.Iin};Smith Ерлан Серікұлы;Қабылданбады;;Тегі: Аты-жөнін кирилл әріптерімен жазыңыз.",
            $"4;{applying.Iin};Өтінішті Ерлан Серікұлы;Жүктелді;Иә;",
        ], lines);
        using var book = new MemoryStream(xlsx);
        var sheet = book.Query(useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Select(r => string.Join(';', r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))).ToList();
        Assert.Equal(lines, sheet);
    }

    [Fact]
    public async Task Files_that_cannot_be_imported_get_a_clear_message_and_never_an_error_page()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var header = string.Join(',', KazakhHeader.Select(h => h.Contains(',', StringComparison.Ordinal) ? $"\"{h}\"" : h));

        Assert.Equal("Файл көлемі 32 МБ-тан асады.", await UploadRefusedAsync(clerk, new byte[(32 * 1024 * 1024) + 1], "big.csv"));
        var kazakh = CultureInfo.GetCultureInfo("kk-KZ");
        Assert.Equal($"Файлда {120_001.ToString("N0", kazakh)} жол бар; бір рет {120_000.ToString("N0", kazakh)} жолдан артық жүктелмейді. Оны бірнеше файлға бөліңіз.", await UploadRefusedAsync(clerk,
            Encoding.UTF8.GetBytes(header + "\n" + string.Concat(Enumerable.Repeat("1,2\n", 120_001))), "many.csv"));
        Assert.StartsWith("Бұл UTF-8 кодтауындағы CSV файлы да", await UploadRefusedAsync(clerk, Encoding.UTF8.GetBytes("%PDF-1.7\n\u0001\u0002binary"), "people.pdf"), StringComparison.Ordinal);
        Assert.StartsWith("Бұл UTF-8 кодтауындағы CSV файлы да", await UploadRefusedAsync(clerk,
            Encoding.Latin1.GetBytes("\u00C6\u00D1,\u00C0\u00F2\u00FB\n"), "cp1251.csv"), StringComparison.Ordinal);
        Assert.StartsWith("Excel 97–2003 (.xls) файлдары оқылмайды.", await UploadRefusedAsync(clerk, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "old.xls"), StringComparison.Ordinal);
        Assert.StartsWith(".xlsx файлын оқу мүмкін емес.", await UploadRefusedAsync(clerk, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "broken.xlsx"), StringComparison.Ordinal);
        Assert.Equal("Файл бос.", await UploadRefusedAsync(clerk, [], "empty.csv"));
        Assert.Equal("Белгісіз бағандар: «Ескерту». Үлгідегі атауларды пайдаланыңыз. Міндетті бағандар жоқ: «Келісім күні», «Келісім нысаны».",
            await UploadRefusedAsync(clerk, Encoding.UTF8.GetBytes(header.Replace(",Келісім күні,Келісім нысаны", ",Ескерту", StringComparison.Ordinal) + "\n1,2\n"), "columns.csv"));
    }

    [Fact]
    public async Task The_templates_carry_the_headers_in_the_users_language_and_are_read_back()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");

        var csv = await clerk.Http.GetByteArrayAsync("/Registry/PersonImport/Template?format=csv&separator=;");
        var xlsx = await clerk.Http.GetByteArrayAsync("/Registry/PersonImport/Template?format=xlsx");

        Assert.Equal(string.Join(';', KazakhHeader) + "\r\n", Encoding.UTF8.GetString(csv[3..]));
        using var book = new MemoryStream(xlsx);
        Assert.Equal(KazakhHeader, book.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().Single().Values.Select(v => (string)v));
        Assert.Equal("Файлда атаулар бар, бірақ адамдар жолдары жоқ.", await UploadRefusedAsync(clerk, csv, "template.csv"));
        Assert.Equal("Файлда атаулар бар, бірақ адамдар жолдары жоқ.", await UploadRefusedAsync(clerk, xlsx, "template.xlsx"));
        var page = await clerk.GetStringAsync("/Registry/PersonImport");
        Assert.Contains("Жұмыссыз; Өзін-өзі жұмыспен қамтыған", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"fingerprint\" value=\"([0-9A-F]+)\"")]
    private static partial Regex Fingerprint();

    [GeneratedRegex("id=\"import-error\">([^<]*)<")]
    private static partial Regex ImportError();
}
