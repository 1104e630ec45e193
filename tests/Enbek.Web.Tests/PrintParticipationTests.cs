using System.Globalization;
using System.Net;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>The application, the refusal notice and the social contract print for signing, at the holding center only.</summary>
public sealed class PrintParticipationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<long> ApplicationAsync(PortalClient clerk, long person, params string[] measures)
    {
        var page = $"/Registry/Applications/Create?personId={person}";
        await clerk.PostFormAsync(page, page,
            [("Form.PersonId", person.ToString(CultureInfo.InvariantCulture)), ("Form.AppliedOn", "2026-11-21"), ("Form.Category", "Unemployed"),
             .. measures.Select(m => ("Form.Measures", m))]);
        return await Sql.ScalarAsync<long?>(factory.OwnerConnection, "SELECT max(id) FROM programme_applications WHERE person_id = $1", person)
            ?? throw new InvalidOperationException("The application was not submitted.");
    }

    private async Task DecideAsync(PortalClient clerk, long application, string decision, params (string, string)[] more)
    {
        var version = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT xmin::text::bigint FROM programme_applications WHERE id = $1", application);
        await clerk.PostFormAsync($"/Registry/Applications/Details/{application}", $"/Registry/Applications/Decide/{application}",
            [("Decide.Version", version.ToString(CultureInfo.InvariantCulture)), ("Decide.Decision", decision), ("Decide.DecidedOn", "2026-11-23"), .. more]);
        Assert.Equal(decision, await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT decision::text FROM programme_applications WHERE id = $1", application));
    }

    private async Task<long> ContractAsync(PortalClient clerk, long application, string measure, params (string, string)[] more)
    {
        var page = $"/Registry/SocialContracts/Create?applicationId={application}";
        await clerk.PostFormAsync(page, page,
            [("Form.ApplicationId", application.ToString(CultureInfo.InvariantCulture)), ("Form.SignedOn", "2026-11-23"), ("Form.TermStart", "2026-11-24"),
             ("Form.TermEnd", "2027-05-24"), ("Form.Measures", measure),
             ("Form.CenterObligations", "Оқуға жолдама беру.\nОқу кезінде стипендия төлеу."), ("Form.ParticipantObligations", "Оқуды аяқтау.\nЖұмысқа орналасу."), .. more]);
        return await Sql.ScalarAsync<long?>(factory.OwnerConnection, "SELECT id FROM social_contracts WHERE application_id = $1", application)
            ?? throw new InvalidOperationException("The contract was not signed.");
    }

    [Fact]
    public async Task The_application_prints_in_russian_with_its_number_category_and_measures()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (person, iin) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Өтінішова", "Жанар");
        var application = await ApplicationAsync(clerk, person, "ShortTermTraining", "BastauBusiness");
        var number = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT number FROM programme_applications WHERE id = $1", application);

        var page = await clerk.GetStringAsync($"/Registry/Print/Application/{application}?lang=ru");

        Assert.Contains("Заявление на участие в программе «Еңбек»", page, StringComparison.Ordinal);
        Assert.Contains($"№ {number}, 21.11.2026", page, StringComparison.Ordinal);
        Assert.Contains(iin, page, StringComparison.Ordinal);
        Assert.Contains("Безработный", page, StringComparison.Ordinal);
        Assert.Contains("Краткосрочное профессиональное обучение", page, StringComparison.Ordinal);
        Assert.Contains("Проект «Бастау Бизнес»", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Registry/Print/RefusalNotice/{application}")).StatusCode);
        var details = await clerk.GetStringAsync($"/Registry/Applications/Details/{application}");
        Assert.Contains($"href=\"/Registry/Print/Application/{application}?lang=ru\"", details, StringComparison.Ordinal);
        Assert.DoesNotContain("/Registry/Print/RefusalNotice/", details, StringComparison.Ordinal);
        var caseFile = await clerk.GetStringAsync($"/Registry/Persons/Details/{person}");
        Assert.Contains($"href=\"/Registry/Print/Consent/{person}?format=pdf\"", caseFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_application_prints_a_notice_with_the_reason_in_kazakh()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (person, _) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Бастартова", "Мөлдір");
        var application = await ApplicationAsync(clerk, person, "Tvet");
        await DecideAsync(clerk, application, "Refused", ("Decide.RefusalReason", "DocumentsIncomplete"), ("Decide.RefusalText", "диплом көшірмесі жоқ"));

        var notice = await clerk.GetStringAsync($"/Registry/Print/RefusalNotice/{application}");

        Assert.Contains("қосудан бас тарту туралы хабарлама", notice, StringComparison.Ordinal);
        Assert.Contains("23.11.2026", notice, StringComparison.Ordinal);
        Assert.Matches("id=\"refusal-reason\">.*: диплом көшірмесі жоқ", notice);
        Assert.Contains($"href=\"/Registry/Print/RefusalNotice/{application}?lang=kk\"", await clerk.GetStringAsync($"/Registry/Applications/Details/{application}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tripartite_contract_prints_as_a_pdf_with_the_obligations_of_each_side_and_the_employer()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (person, iin) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Келісімшартов", "Ерболат", Domain.Common.Sex.Male);
        var bin = TestBins.Next();
        var astana = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM regions WHERE kato = '710000000'");
        await clerk.PostFormAsync("/Registry/Employers/Create", "/Registry/Employers/Create",
            ("Form.Bin", bin), ("Form.Name", "Қоныс Құрылыс ЖШС"), ("Form.RegionId", astana.ToString(CultureInfo.InvariantCulture)), ("Form.Size", "Small"),
            ("Form.RegisteredOn", "2015-03-10"), ("Form.StateSharePercent", "0"));
        var application = await ApplicationAsync(clerk, person, "ShortTermTraining", "LabourMobility");
        await DecideAsync(clerk, application, "Included");
        var contract = await ContractAsync(clerk, application, "ShortTermTraining",
            ("Form.EmployerBin", bin), ("Form.EmployerObligations", "Тұрғын үй жалдау шығысын өтеу."), ("Form.EmployerSignatoryName", "Нұрлан Сейітов"));

        var pdf = await clerk.GetAsync($"/Registry/Print/Contract/{contract}?lang=kk&format=pdf");
        var russian = await clerk.GetStringAsync($"/Registry/Print/Contract/{contract}?lang=ru");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ReadAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("ӘЛЕУМЕТТІК КЕЛІСІМШАРТ", text, StringComparison.Ordinal);
        Assert.Contains("Келісімшартов Ерболат", text, StringComparison.Ordinal);
        Assert.Contains(iin, text, StringComparison.Ordinal);
        Assert.Contains("Оқу кезінде стипендия төлеу.", text, StringComparison.Ordinal);
        Assert.Contains("Жұмысқа орналасу.", text, StringComparison.Ordinal);
        Assert.Contains("Тұрғын үй жалдау шығысын өтеу.", text, StringComparison.Ordinal);
        Assert.Contains("Нұрлан Сейітов", text, StringComparison.Ordinal);
        Assert.Contains("24.11.2026", text, StringComparison.Ordinal);
        Assert.Contains("Социальный контракт №", russian, StringComparison.Ordinal);
        Assert.Contains($"БИН {bin}", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_center_cannot_print_a_persons_application_or_contract()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (person, _) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Құпиясова", "Салтанат");
        var application = await ApplicationAsync(clerk, person, "PublicWorks");
        await DecideAsync(clerk, application, "Included");
        var contract = await ContractAsync(clerk, application, "PublicWorks");
        var other = await factory.SignedInAsync("clerk.almaty2");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Registry/Print/Application/{application}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Registry/Print/Contract/{contract}?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/Registry/Print/Contract/{contract}")).StatusCode);
    }
}
