using System.Net;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>Documents for signing: a print page and a PDF in Kazakh or Russian, only at the holding center.</summary>
public sealed class PrintTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_consent_form_prints_in_the_language_asked_for_whatever_the_screen_language_with_the_full_iin()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Келісімова", "Гүлнар", phone: "+7 701 555 1234");

        var russian = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/Registry/Print/Consent/{id}?lang=ru"));
        var kazakh = await clerk.GetStringAsync($"/Registry/Print/Consent/{id}");

        Assert.Contains("Согласие на обработку персональных данных", russian, StringComparison.Ordinal);
        Assert.Contains("Я, Келісімова Гүлнар, ИИН " + iin, russian, StringComparison.Ordinal);
        Assert.Contains("+7 701 555 1234", russian, StringComparison.Ordinal);
        Assert.Contains("Дербес деректерді өңдеуге келісім", kazakh, StringComparison.Ordinal);
        Assert.Contains("Мен, Келісімова Гүлнар, ЖСН " + iin, kazakh, StringComparison.Ordinal);
        Assert.Contains("20.11.2026", kazakh, StringComparison.Ordinal);
        Assert.DoesNotContain("Согласие", kazakh, StringComparison.Ordinal);
        Assert.Contains("print-document.css", kazakh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_holds_the_document_text_with_kazakh_letters()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Құрманғазиева", "Әйгерім");

        var response = await clerk.GetAsync($"/Registry/Print/Consent/{id}?lang=kk&format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"consent-{iin}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var text = await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Құрманғазиева Әйгерім", text, StringComparison.Ordinal);
        Assert.Contains(iin, text, StringComparison.Ordinal);
        Assert.Contains("ДЕРБЕС ДЕРЕКТЕРДІ ӨҢДЕУГЕ КЕЛІСІМ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_center_gets_not_found_and_a_regional_officer_is_refused()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Бөгдеқызы", "Айнұр");

        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("clerk.almaty2")).GetAsync($"/Registry/Print/Consent/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("clerk.esil")).GetAsync($"/Registry/Print/Consent/{id}?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignedInAsync("officer.akmola")).GetAsync($"/Registry/Print/Consent/{id}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_browser_to_print_with_the_pdf_is_a_clean_503_page_and_the_print_page_still_works()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, "Принтерова", "Дана");
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting("Enbek:Printing:ChromiumPath", "/nonexistent/chromium"));
        using var http = broken.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var client = await new PortalClient(http).SignedInAsync("head.almaty1");

        var pdf = await client.GetAsync($"/Registry/Print/Consent/{id}?format=pdf");
        var page = await client.GetAsync($"/Registry/Print/Consent/{id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Contains("Не удалось сформировать PDF", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal); // head.almaty1 reads Russian
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
