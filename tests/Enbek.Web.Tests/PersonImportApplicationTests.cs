using System.Globalization;
using System.Net;
using Enbek.Domain.Common;
using Enbek.Web.Tests.Infrastructure;
using MiniExcelLibs;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>
/// People imported with their applications: the application's cells checked by the rules of the
/// application form, each refusal named on its line; the applications of the good rows registered,
/// numbered and pending in the people's transaction, or nothing at all.
/// </summary>
public sealed partial class PersonImportTests
{
    private static Row Applying(Row row, string appliedOn = "21.11.2026", string category = "Жұмыссыз", string measures = "Қоғамдық жұмыстар") =>
        row with { AppliedOn = appliedOn, Category = category, Measures = measures };

    private Task<long> ApplicationCountAsync(IEnumerable<string> iins) => Sql.ScalarAsync<long>(factory.OwnerConnection,
        "SELECT count(*) FROM programme_applications a JOIN persons p ON p.id = a.person_id WHERE p.iin = ANY($1)", (object)iins.ToArray());

    [Fact]
    public async Task Applications_in_the_file_are_checked_line_by_line_and_come_in_with_exactly_the_good_people()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var birth = new DateOnly(1991, 11, 4);
        var alone = Someone(birth, Sex.Female, "Өтінішсіз");                                                        // 2
        var seeker = Applying(Someone(birth, Sex.Male, "Іздеуші"), category: "Жұмыс іздеуші", measures: "Қоғамдық жұмыстар; Tvet") with
        {
            ApplicationNote = "Бірінші өтініш",
        };                                                                                                           // 3
        var unemployed = Applying(Someone(birth, Sex.Female, "Жұмыссызова"), category: "unemployed", measures: "youthpractice,MICROCREDIT"); // 4
        Row[] refused =
        [
            Applying(Someone(birth, Sex.Male), measures: "Қоғамдық жұмыстар; Ұшқыш"),                                // 5 unknown measure
            Applying(Someone(birth, Sex.Male), category: ""),                                                        // 6 category missing
            Applying(Someone(birth, Sex.Male), appliedOn: "01.12.2030"),                                             // 7 future
            Applying(Someone(birth, Sex.Male), appliedOn: "19.11.2026"),                                             // 8 before the consent
            Someone(birth, Sex.Male) with { ApplicationNote = "тек ескертпе" },                                      // 9 a note alone
            Applying(Someone(birth, Sex.Male), appliedOn: "21.13.2026", category: "Ғарышкер"),                     // 10 unreadable cells
        ];

        var (url, html) = await PreviewAsync(clerk, Csv([alone, seeker, unemployed, .. refused]));

        Assert.Contains("id=\"ready-count\">3<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"application-count\">2<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"refused-count\">6<", html, StringComparison.Ordinal);
        Assert.Contains("Сұралатын іс-шаралар: «Ұшқыш» мәні белгісіз", LineOf(html, 5), StringComparison.Ordinal);
        Assert.Contains("Өтініш берушінің санаты: Өтініш берушінің санатын таңдаңыз.", LineOf(html, 6), StringComparison.Ordinal);
        Assert.Contains("Өтініш күні: Өтініштің күні болашақта болмайды.", LineOf(html, 7), StringComparison.Ordinal);
        Assert.Contains("Өтініш күні: Өтініш дербес деректерді өңдеуге келісім берілген күннен ерте болмайды.", LineOf(html, 8), StringComparison.Ordinal);
        var noteAlone = LineOf(html, 9);
        Assert.Contains("Өтініш күні: Өтініш берілген күнді енгізіңіз.", noteAlone, StringComparison.Ordinal);
        Assert.Contains("Өтініш берушінің санаты: Өтініш берушінің санатын таңдаңыз.", noteAlone, StringComparison.Ordinal);
        Assert.Contains("Сұралатын іс-шаралар: Кемінде бір іс-шараны таңдаңыз.", noteAlone, StringComparison.Ordinal);
        var unreadable = LineOf(html, 10);
        Assert.Contains("Өтініш күні: Күнді кк.аа.жжжж түрінде жазыңыз.", unreadable, StringComparison.Ordinal);
        Assert.Contains("Өтініш берушінің санаты: «Ғарышкер» мәні белгісіз", unreadable, StringComparison.Ordinal);
        Assert.DoesNotContain("Өтініш берушінің санатын таңдаңыз", unreadable, StringComparison.Ordinal);

        var response = await ImportAsync(clerk, url, html);

        var page = await clerk.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Орталығыңызда 3 адам тіркелді. Олармен бірге 2 өтініш тіркелді және шешім күтуде.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"imported-count\">3<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"application-count\">2<", page, StringComparison.Ordinal);
        var centerA = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA);
        Assert.Equal(
            $"{seeker.Iin}|t|{centerA}|2026-11-21|JobSeeker|Tvet,PublicWorks|Бірінші өтініш|Pending|Айгүл Сейітқали|f|JobSeeker|2026-11-21|Unemployed@2026-10-01,JobSeeker@2026-11-21|1\n"
            + $"{unemployed.Iin}|t|{centerA}|2026-11-21|Unemployed|Microcredit,YouthPractice|-|Pending|Айгүл Сейітқали|f|Unemployed|2026-10-01|Unemployed@2026-10-01|1",
            await Sql.ScalarAsync<string>(factory.OwnerConnection, """
                SELECT string_agg(concat_ws('|', p.iin, a.center_id = p.center_id, a.issued_by_center_id, a.applied_on, a.category,
                         array_to_string(a.requested_measures, ','), coalesce(a.note, '-'), a.decision, a.recorded_by_name, a.is_voided, p.status, p.status_since,
                         (SELECT string_agg(c.status || '@' || c.since, ',' ORDER BY c.since, c.id) FROM employment_status_changes c WHERE c.person_id = p.id),
                         (SELECT count(*) FROM audit_log l WHERE l.table_name = 'programme_applications' AND l.row_key = a.id::text AND l.action = 'INSERT')),
                       E'\n' ORDER BY a.id)
                FROM programme_applications a JOIN persons p ON p.id = a.person_id WHERE p.iin = ANY($1)
                """, (object)new[] { alone.Iin, seeker.Iin, unemployed.Iin }));

        // Numbered by the center's series for the year, in the order of the file, one after the other.
        var numbers = (await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT string_agg(a.number, ',' ORDER BY a.id) FROM programme_applications a JOIN persons p ON p.id = a.person_id WHERE p.iin = ANY($1)",
            (object)new[] { seeker.Iin, unemployed.Iin }))!.Split(',');
        Assert.All(numbers, n => Assert.Matches("^2026-[0-9]{5}$", n));
        Assert.Equal(int.Parse(numbers[0][5..], CultureInfo.InvariantCulture) + 1, int.Parse(numbers[1][5..], CultureInfo.InvariantCulture));
        Assert.Equal(0L, await ApplicationCountAsync([alone.Iin]));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM persons WHERE iin = ANY($1)", (object)refused.Select(r => r.Iin).ToArray()));
    }

    [Fact]
    public async Task An_import_killed_while_its_applications_are_numbered_leaves_no_person_status_or_application()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var rows = Enumerable.Range(0, 3).Select(i => Applying(Someone(new DateOnly(1996, 4, 10 + i), Sex.Female, "Үзілген"), category: "Жұмыс іздеуші")).ToArray();
        var iins = rows.Select(r => r.Iin).ToArray();
        var (url, html) = await PreviewAsync(clerk, Csv(rows));
        Assert.Contains("id=\"application-count\">3<", html, StringComparison.Ordinal);
        var centerA = await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA);

        // Another clerk of the center is numbering an application: the counter's row stays locked until
        // that transaction ends, so the import inserts its people and statuses and waits for the number.
        await using var blocker = new NpgsqlConnection(factory.OwnerConnection);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var number = new NpgsqlCommand("SELECT app.next_document_number($1, 'Application', 2026)", blocker, transaction))
        {
            number.Parameters.Add(new NpgsqlParameter { Value = centerA });
            await number.ExecuteScalarAsync();
        }

        var counterBefore = await CounterAsync(centerA);
        var importing = ImportAsync(clerk, url, html);
        for (var i = 0; i < 600 && await WaitingOnLocksAsync() == 0; i++)
        {
            Assert.False(importing.IsCompleted, "the import finished without waiting for the number");
            await Task.Delay(100);
        }

        // The import's process dies: its connection goes away in the middle of the transaction (a role
        // may end its own sessions, so the portal's role ends the portal's one).
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.PortalConnection, """
            SELECT count(pg_terminate_backend(a.pid)) FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND a.query LIKE '%FROM application_import_staging%'
            """));
        await transaction.RollbackAsync();
        var response = await importing;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM persons WHERE iin = ANY($1)", (object)iins));
        Assert.Equal(0L, await ApplicationCountAsync(iins));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM audit_log WHERE table_name IN ('persons', 'programme_applications') AND changes::text LIKE ANY($1)",
            (object)iins.Select(i => $"%{i}%").ToArray()));
        Assert.Equal(counterBefore, await CounterAsync(centerA));

        // Nothing half done: the same preview imports the whole file afterwards.
        var retried = await ImportAsync(clerk, url, await clerk.GetStringAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(3L, await ApplicationCountAsync(iins));
    }

    private Task<long> CounterAsync(long centerId) => Sql.ScalarAsync<long>(factory.OwnerConnection,
        "SELECT coalesce(max(last_number), 0)::bigint FROM app.document_counters WHERE center_id = $1 AND kind = 'Application' AND year = 2026", centerId);

    [Fact]
    public async Task An_xlsx_with_Russian_headers_and_labels_brings_applications()
    {
        var clerk = await factory.SignedInAsync("clerk.esil");
        await clerk.PostFormAsync("/Registry/PersonImport", "/Culture/Set", ("culture", "ru"), ("returnUrl", "/Registry/PersonImport"));
        var birth = new DateOnly(1984, 2, 29);
        var iin = TestIins.Next(birth, Sex.Female);
        var missing = TestIins.Next(birth, Sex.Male);
        Dictionary<string, object> Person(string personIin, string surname, Sex sex, string category) => new()
        {
            ["ИИН"] = personIin, ["Фамилия"] = surname, ["Имя"] = "Алия", ["Дата рождения"] = birth.ToDateTime(TimeOnly.MinValue),
            ["Пол"] = sex == Sex.Female ? "Женский" : "Мужской", ["Образование"] = "Высшее", ["Статус занятости"] = "Работает",
            ["Дата начала статуса"] = new DateTime(2025, 1, 15), ["Дата согласия"] = new DateTime(2026, 11, 2), ["Форма согласия"] = "На бумаге",
            ["Дата заявления"] = new DateTime(2026, 11, 3), ["Категория заявителя"] = category,
            ["Запрашиваемые меры"] = "Краткосрочное профессиональное обучение; Молодежная практика", ["Примечание к заявлению"] = "Из ярмарки вакансий",
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { Person(iin, "Заявкина", Sex.Female, "Непродуктивно занятый"), Person(missing, "Безкатегорийный", Sex.Male, "") });

        var (url, html) = await PreviewAsync(clerk, stream.ToArray(), "people.xlsx");

        Assert.Contains("id=\"ready-count\">1<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"application-count\">1<", html, StringComparison.Ordinal);
        Assert.Contains("Категория заявителя: Выберите категорию заявителя.", LineOf(html, 3), StringComparison.Ordinal);
        await ImportAsync(clerk, url, html);
        var esil = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center, Esil District");
        Assert.Equal($"{esil}|2026-11-03|UnproductivelyEmployed|ShortTermTraining,YouthPractice|Из ярмарки вакансий|Pending|UnproductivelyEmployed|2026-11-03",
            await Sql.ScalarAsync<string>(factory.OwnerConnection, """
                SELECT concat_ws('|', a.issued_by_center_id, a.applied_on, a.category, array_to_string(a.requested_measures, ','), a.note, a.decision, p.status, p.status_since)
                FROM programme_applications a JOIN persons p ON p.id = a.person_id WHERE p.iin = $1
                """, iin));
        Assert.Equal(0L, await CountAsync(missing));
    }

    [Fact]
    public async Task The_upload_page_and_the_template_list_the_application_columns()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");

        var page = WebUtility.HtmlDecode(await clerk.GetStringAsync("/Registry/PersonImport"));
        var xlsx = await clerk.Http.GetByteArrayAsync("/Registry/PersonImport/Template?format=xlsx");

        Assert.Contains("Қоғамдық жұмыстар; Еңбек ресурстарының ұтқырлығы", page, StringComparison.Ordinal);
        Assert.Contains("Жұмыссыз; Өзін-өзі жұмыспен қамтыған", page, StringComparison.Ordinal);
        Assert.Contains("id=\"import-application-columns\"", page, StringComparison.Ordinal);
        using var book = new MemoryStream(xlsx);
        var help = book.Query(useHeaderRow: false, sheetName: book.GetSheetNames()[1]).Cast<IDictionary<string, object>>()
            .Select(r => string.Join('|', r.Values)).ToList();
        Assert.Contains(help, r => r.StartsWith("Сұралатын іс-шаралар|Жоқ|Бір немесе бірнеше іс-шара", StringComparison.Ordinal));
        Assert.Contains(help, r => r.StartsWith("Өтініш күні|Жоқ|", StringComparison.Ordinal));
    }
}
