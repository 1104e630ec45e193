using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>Applications, decisions and social contracts over HTTP and SQL: rules, order of steps, concurrency, isolation, transfers.</summary>
public sealed partial class ApplicationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = KazakhstanTime.Today(TimeProvider.System, KazakhstanTime.NationalZone);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<long> PersonAsync(PortalClient clerk, string surname, string firstName = "Айгүл")
    {
        var birth = new DateOnly(1990, 4, 12);
        var iin = TestIins.Next(birth, Sex.Female);
        await clerk.PostFormAsync("/Registry/Persons/Register", "/Registry/Persons/Register",
            ("Form.ConsentConfirmed", "true"), ("Form.ConsentGivenOn", Day(Today.AddDays(-20))), ("Form.ConsentForm", "Paper"), ("Form.Iin", iin),
            ("Form.Surname", surname), ("Form.FirstName", firstName), ("Form.BirthDate", Day(birth)),
            ("Form.Sex", "Female"), ("Form.Education", "Higher"), ("Form.Status", "Unemployed"), ("Form.StatusSince", Day(Today.AddDays(-20))));
        return await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM persons WHERE iin = $1", iin);
    }

    private static Task<HttpResponseMessage> SubmitAsync(PortalClient clerk, long person, string category = "Unemployed", params string[] measures) =>
        clerk.PostFormAsync($"/Registry/Applications/Create?personId={person}", "/Registry/Applications/Create",
            [("Form.PersonId", Id(person)), ("Form.AppliedOn", Day(Today.AddDays(-5))), ("Form.Category", category),
                .. (measures.Length == 0 ? ["ShortTermTraining", "VacancyPlacement"] : measures).Select(m => ("Form.Measures", m))]);

    private static async Task<long> ApplicationAsync(PortalClient clerk, long person, string category = "Unemployed")
    {
        var response = await SubmitAsync(clerk, person, category);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(LastNumber().Match(response.Headers.Location!.ToString()).Value, CultureInfo.InvariantCulture);
    }

    private static async Task<string> VersionAsync(PortalClient clerk, string page, string field) =>
        Regex.Match(await clerk.GetStringAsync(page), $"name=\"{Regex.Escape(field)}\" value=\"(\\d+)\"").Groups[1].Value;

    private static async Task<HttpResponseMessage> DecideAsync(PortalClient clerk, long application, string decision, string? reason = null, string? text = null, DateOnly? on = null)
    {
        var page = $"/Registry/Applications/Details/{application}";
        var version = await VersionAsync(clerk, page, "Decide.Version");
        return await clerk.PostFormAsync(page, $"/Registry/Applications/Decide/{application}",
            ("Decide.Version", version), ("Decide.Decision", decision), ("Decide.DecidedOn", Day(on ?? Today)),
            ("Decide.RefusalReason", reason ?? string.Empty), ("Decide.RefusalText", text ?? string.Empty));
    }

    private static Task<HttpResponseMessage> SignAsync(PortalClient clerk, long application, DateOnly? termEnd = null, string measure = "ShortTermTraining", string? employerBin = null) =>
        clerk.PostFormAsync($"/Registry/SocialContracts/Create?applicationId={application}", "/Registry/SocialContracts/Create",
            ("Form.ApplicationId", Id(application)), ("Form.SignedOn", Day(Today)), ("Form.TermStart", Day(Today)),
            ("Form.TermEnd", Day(termEnd ?? Today.AddMonths(6))), ("Form.Measures", measure),
            ("Form.CenterObligations", "Орталық оқуға жолдайды."), ("Form.ParticipantObligations", "Қатысушы оқуға барады."),
            ("Form.EmployerBin", employerBin ?? string.Empty), ("Form.EmployerObligations", employerBin is null ? string.Empty : "Жұмысқа қабылдайды."));

    private async Task<long> ContractAsync(PortalClient clerk, long application, DateOnly? termEnd = null)
    {
        var response = await SignAsync(clerk, application, termEnd);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM social_contracts WHERE application_id = $1", application);
    }

    private static async Task<HttpResponseMessage> StepAsync(PortalClient clerk, long contract, string step, string? version = null, string? reason = null, DateOnly? on = null)
    {
        var page = $"/Registry/SocialContracts/Details/{contract}";
        version ??= await VersionAsync(clerk, page, "StepForm.Version");
        return await clerk.PostFormAsync(page, $"/Registry/SocialContracts/Step/{contract}",
            ("StepForm.Version", version), ("StepForm.Step", step), ("StepForm.On", Day(on ?? Today)), ("StepForm.TerminationReason", reason ?? string.Empty));
    }

    private Task<string?> ContractStatusAsync(long contract) =>
        Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT status FROM social_contracts WHERE id = $1", contract);

    [Fact]
    public async Task An_included_applicant_signs_a_contract_that_goes_through_its_life_and_the_rules_are_kept_with_the_decision()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonAsync(clerk, "Өтінішова");

        var application = await ApplicationAsync(clerk, person, "JobSeeker");
        var number = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT number FROM programme_applications WHERE id = $1", application);
        Assert.Matches($"^{Today.AddDays(-5).Year}-[0-9]{{5}}$", number!);
        Assert.Equal("JobSeeker", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT status FROM persons WHERE id = $1", person));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM employment_status_changes WHERE person_id = $1 AND status = 'JobSeeker' AND since = $2", person, Today.AddDays(-5)));

        var (decided, _) = await clerk.FollowAsync(await DecideAsync(clerk, application, "Included"));
        Assert.Contains("Өтініш беруші Бағдарламаға қатысушылар құрамына қосылды.", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rules = await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT string_agg(r->>'RuleCode' || ':' || (r->>'Outcome'), ',' ORDER BY r->>'RuleCode') FROM programme_applications, jsonb_array_elements(decision_rules) r WHERE id = $1",
            application);
        Assert.Equal("REG-APP-MEASURES:Passed,REG-DECISION-DATE:Passed,REG-REFUSAL-REASON:NotApplicable", rules);

        var contract = await ContractAsync(clerk, application);
        Assert.Equal("Signed", await ContractStatusAsync(contract));
        var illegal = await StepAsync(clerk, contract, "Complete");
        Assert.Contains("Келісімшарттың қазіргі жағдайында бұл қадамға жол берілмейді.", await illegal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Signed", await ContractStatusAsync(contract));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, contract, "PutInForce")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, contract, "Complete")).StatusCode);
        Assert.Equal("Completed", await ContractStatusAsync(contract));
        var afterEnd = await StepAsync(clerk, contract, "Terminate", reason: "ParticipantRequest");
        Assert.Equal(HttpStatusCode.OK, afterEnd.StatusCode);
        Assert.Equal("Completed", await ContractStatusAsync(contract));

        var caseFile = await clerk.GetStringAsync($"/Registry/Persons/Details/{person}");
        var contractNumber = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT number FROM social_contracts WHERE id = $1", contract);
        Assert.Contains(contractNumber!, caseFile, StringComparison.Ordinal);
        Assert.Contains($"№ {number} өтініш: Бағдарламаға қатысушылар құрамына қосылды", caseFile, StringComparison.Ordinal);
        Assert.Contains($"№ {contractNumber} әлеуметтік келісімшарт орындалды", caseFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_told_next_to_the_field_in_Russian_and_keeps_it()
    {
        var clerk = await factory.SignedInAsync("clerk.esil");
        var person = await PersonAsync(clerk, "Отказова");
        var application = await ApplicationAsync(clerk, person);

        var noReason = await (await DecideAsync(clerk, application, "Refused")).Content.ReadAsStringAsync();
        var noWords = await (await DecideAsync(clerk, application, "Refused", "Other")).Content.ReadAsStringAsync();
        var tomorrow = await (await DecideAsync(clerk, application, "Refused", "DocumentsIncomplete", on: Today.AddDays(1))).Content.ReadAsStringAsync();

        Assert.Matches("data-valmsg-for=\"Decide.RefusalReason\"[^>]*>Выберите причину отказа.<", noReason);
        Assert.Matches("data-valmsg-for=\"Decide.RefusalText\"[^>]*>Опишите причину отказа словами.<", noWords);
        Assert.Matches("data-valmsg-for=\"Decide.DecidedOn\"[^>]*>Дата решения не может быть в будущем.<", tomorrow);
        Assert.Equal("Pending", await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT decision FROM programme_applications WHERE id = $1", application));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(clerk, application, "Refused", "Other", "выехал за границу")).StatusCode);
        Assert.Equal("Refused|Other|выехал за границу", await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT decision || '|' || refusal_reason || '|' || refusal_text FROM programme_applications WHERE id = $1", application));
        var signOnRefused = await SignAsync(clerk, application);
        Assert.Contains("Социальный контракт заключается только по заявлению, заявитель по которому включён в состав участников.",
            await signOnRefused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM social_contracts WHERE application_id = $1", application));
    }

    [Fact]
    public async Task A_person_has_one_application_waiting_at_a_time_and_a_contract_only_covers_what_was_asked_within_a_valid_term()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonAsync(clerk, "Бірөтінішова");
        var first = await ApplicationAsync(clerk, person);

        var second = await SubmitAsync(clerk, person);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Бұл адамның шешім күтіп тұрған өтініші бар.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pendingContract = await SignAsync(clerk, first);
        Assert.Contains("Әлеуметтік келісімшартқа өтініш беруші қатысушылар құрамына қосылған өтініш бойынша ғана қол қойылады.",
            await pendingContract.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await DecideAsync(clerk, first, "Included");
        var notAsked = await SignAsync(clerk, first, measure: "StateGrant");
        var backwards = await SignAsync(clerk, first, termEnd: Today);
        Assert.Contains("Келісімшарт тек өтініште сұралған іс-шараларды ғана қамти алады.", await notAsked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Мерзім басталғаннан кейін аяқталуы тиіс.", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM social_contracts WHERE person_id = $1", person));

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(clerk, person)).StatusCode);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM programme_applications WHERE person_id = $1", person));
    }

    [Fact]
    public async Task A_step_taken_on_a_stale_page_is_refused_with_a_message_and_the_newer_step_stays()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var other = await factory.SignedInAsync("head.almaty1");
        var person = await PersonAsync(clerk, "Ескіпарақова");
        var application = await ApplicationAsync(clerk, person);
        await DecideAsync(clerk, application, "Included");
        var contract = await ContractAsync(clerk, application);
        var stale = await VersionAsync(clerk, $"/Registry/SocialContracts/Details/{contract}", "StepForm.Version");

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(other, contract, "PutInForce")).StatusCode);
        var refused = await StepAsync(clerk, contract, "Terminate", stale, "ParticipantRequest");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Осы уақытта жазбаны басқа біреу өзгертті. Оны қарап шығып, қайталап көріңіз.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("InForce", await ContractStatusAsync(contract));
        Assert.Null(await Sql.ScalarAsync<DateOnly?>(factory.OwnerConnection, "SELECT terminated_on FROM social_contracts WHERE id = $1", contract));

        var fresh = await StepAsync(clerk, contract, "Terminate", reason: "ParticipantRequest");
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal("Terminated", await ContractStatusAsync(contract));
    }

    [Fact]
    public async Task Another_center_gets_404_for_pages_and_forged_ids_and_row_level_security_hides_the_rows()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonAsync(clerk, "Бөгдеөтінішова");
        var application = await ApplicationAsync(clerk, person);
        await DecideAsync(clerk, application, "Included");
        var contract = await ContractAsync(clerk, application);
        var esil = await factory.SignedInAsync("clerk.esil");

        Assert.Equal(HttpStatusCode.NotFound, (await esil.GetAsync($"/Registry/Applications/Details/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.GetAsync($"/Registry/SocialContracts/Details/{contract}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.GetAsync($"/Registry/Applications/Create?personId={person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.GetAsync($"/Registry/SocialContracts/Create?applicationId={application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.PostFormAsync("/Registry/Applications", $"/Registry/Applications/Decide/{application}",
            ("Decide.Version", "1"), ("Decide.Decision", "Refused"), ("Decide.DecidedOn", Day(Today)), ("Decide.RefusalReason", "Other"), ("Decide.RefusalText", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.PostFormAsync("/Registry/SocialContracts", $"/Registry/SocialContracts/Step/{contract}",
            ("StepForm.Version", "1"), ("StepForm.Step", "PutInForce"), ("StepForm.On", Day(Today)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.PostFormAsync("/Registry/Applications", "/Registry/Applications/Create",
            ("Form.PersonId", Id(person)), ("Form.AppliedOn", Day(Today)), ("Form.Category", "Unemployed"), ("Form.Measures", "PublicWorks"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.PostFormAsync("/Registry/SocialContracts", "/Registry/SocialContracts/Create",
            ("Form.ApplicationId", Id(application)), ("Form.SignedOn", Day(Today)), ("Form.TermStart", Day(Today)), ("Form.TermEnd", Day(Today.AddMonths(1))),
            ("Form.Measures", "ShortTermTraining"), ("Form.CenterObligations", "x"), ("Form.ParticipantObligations", "y"))).StatusCode);
        Assert.DoesNotContain(await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT number FROM programme_applications WHERE id = $1", application) ?? "-",
            await esil.GetStringAsync("/Registry/Applications?Decision="), StringComparison.Ordinal);
        Assert.Equal("Signed", await ContractStatusAsync(contract));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM programme_applications WHERE person_id = $1", person));

        var esilId = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center, Esil District");
        await using var scoped = await Sql.ScopedAsync(factory.PortalConnection, esilId);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(scoped, "SELECT count(*) FROM programme_applications WHERE person_id = $1", person));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(scoped, "SELECT count(*) FROM social_contracts WHERE person_id = $1", person));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(scoped, "SELECT count(*) FROM app.person_applications($1)", person));
        Assert.Equal(0, await Sql.ScalarAsync<int>(scoped, "UPDATE social_contracts SET status = 'Terminated' WHERE id = $1 RETURNING 1", contract));
    }

    [Fact]
    public async Task A_transfer_moves_open_items_and_leaves_closed_ones_which_the_new_center_still_sees_on_the_case_file()
    {
        var holder = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonAsync(holder, "Көшетінова");
        var completedApplication = await ApplicationAsync(holder, person);
        await DecideAsync(holder, completedApplication, "Included");
        var completed = await ContractAsync(holder, completedApplication);
        await StepAsync(holder, completed, "PutInForce");
        await StepAsync(holder, completed, "Complete");
        var refused = await ApplicationAsync(holder, person);
        await DecideAsync(holder, refused, "Refused", "DocumentsIncomplete");
        var openApplication = await ApplicationAsync(holder, person);
        await DecideAsync(holder, openApplication, "Included");
        var open = await ContractAsync(holder, openApplication);
        var pending = await ApplicationAsync(holder, person);
        var almaty1 = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center No 1, Almaty District");
        const string CountsOf = """
            SELECT (SELECT count(*) FROM programme_applications WHERE center_id = $1 AND decision = 'Refused')
              || '/' || (SELECT count(*) FROM social_contracts WHERE center_id = $1 AND status = 'Completed')
            """;
        var before = await Sql.ScalarAsync<string>(factory.OwnerConnection, CountsOf, almaty1);

        var requester = await factory.SignedInAsync("clerk.almaty2");
        var iin = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT iin FROM persons WHERE id = $1", person);
        await requester.PostFormAsync("/Registry/Persons/Register", "/Registry/Transfers/RequestTransfer", ("iin", iin!));
        var transfer = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_transfers WHERE person_id = $1", person);
        await holder.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Accept/{transfer}");

        var almaty2 = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center No 2, Almaty District");
        Assert.Equal(before, await Sql.ScalarAsync<string>(factory.OwnerConnection, CountsOf, almaty1));
        foreach (var (table, id, center) in new[]
        {
            ("programme_applications", completedApplication, almaty1), ("programme_applications", refused, almaty1), ("social_contracts", completed, almaty1),
            ("programme_applications", openApplication, almaty2), ("programme_applications", pending, almaty2), ("social_contracts", open, almaty2),
        })
        {
            Assert.Equal(center, await Sql.ScalarAsync<long>(factory.OwnerConnection, $"SELECT center_id FROM {table} WHERE id = $1", id));
        }

        Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync($"/Registry/SocialContracts/Details/{open}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await requester.GetAsync($"/Registry/SocialContracts/Details/{completed}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync($"/Registry/SocialContracts/Details/{open}")).StatusCode);
        var caseFile = await requester.GetStringAsync($"/Registry/Persons/Details/{person}");
        foreach (var number in await NumbersAsync(person))
        {
            Assert.Contains(number, caseFile, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(requester, pending, "Included")).StatusCode);
    }

    private async Task<List<string>> NumbersAsync(long person)
    {
        var all = await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT string_agg(number, ',') FROM (SELECT number FROM programme_applications WHERE person_id = $1 UNION ALL SELECT number FROM social_contracts WHERE person_id = $1) n",
            person);
        var numbers = all!.Split(',').ToList();
        Assert.Equal(6, numbers.Count);
        return numbers;
    }

    [Fact]
    public async Task The_center_home_counts_applications_without_a_decision_and_contracts_ending_within_30_days()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty2");
        var before = await CountsAsync(clerk);
        var person = await PersonAsync(clerk, "Санақова");
        var application = await ApplicationAsync(clerk, person);
        var waiting = await CountsAsync(clerk);
        await DecideAsync(clerk, application, "Included");
        var contract = await ContractAsync(clerk, application, Today.AddDays(30));
        var after = await CountsAsync(clerk);

        Assert.Equal((before.Applications + 1, before.Contracts), waiting);
        Assert.Equal((before.Applications, before.Contracts + 1), after);
        var list = await clerk.GetStringAsync("/Registry/SocialContracts?EndingSoon=true");
        Assert.Contains("Санақова", list, StringComparison.Ordinal);

        // The lists link each row to its record and to the person's case file.
        Assert.Contains($"href=\"/Registry/SocialContracts/Details/{contract}\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Registry/Persons/Details/{person}\"", list, StringComparison.Ordinal);
        var applied = Day(Today.AddDays(-5));
        var applications = await clerk.GetStringAsync($"/Registry/Applications?Decision=Included&AppliedFrom={applied}&AppliedTo={applied}");
        Assert.Contains($"href=\"/Registry/Applications/Details/{application}\"", applications, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Registry/Persons/Details/{person}\"", applications, StringComparison.Ordinal);
    }

    private static async Task<(int Applications, int Contracts)> CountsAsync(PortalClient clerk)
    {
        var home = await clerk.GetStringAsync("/Registry/CenterHome");
        int Count(string id) => int.Parse(Regex.Match(home, $"id=\"{id}\"[\\s\\S]*?<strong>(\\d+)</strong>").Groups[1].Value, CultureInfo.InvariantCulture);
        return (Count("applications-without-decision"), Count("contracts-ending-soon"));
    }

    [GeneratedRegex(@"\d+$")]
    private static partial Regex LastNumber();
}
