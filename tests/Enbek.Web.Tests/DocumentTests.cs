using System.Globalization;
using System.Net;
using System.Text;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>Documents of a case file: checked by content and size, kept in the database, visible as the person is.</summary>
public sealed class DocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private async Task<long> PersonOfAsync(PortalClient clerk, string surname) =>
        (await TestPersons.RegisterAsync(clerk, factory.OwnerConnection, surname, "Әсел")).Id;

    private static Task<HttpResponseMessage> AttachAsync(PortalClient clerk, long person, string fileName, byte[] content, string kind = "Diploma") =>
        clerk.PostFileAsync($"/Registry/Persons/Details/{person}", $"/Registry/Documents/Attach?personId={person}", ("file", fileName, content), ("kind", kind));

    private Task<long> DocumentsOfAsync(long person) =>
        Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM person_documents WHERE person_id = $1", person);

    [Fact]
    public async Task A_pdf_is_attached_listed_and_opened_byte_for_byte_and_the_audit_does_not_hold_the_file()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonOfAsync(clerk, "Құжатова");

        var (attached, _) = await clerk.FollowAsync(await AttachAsync(clerk, person, @"C:\Scans\диплом.pdf", Pdf));

        Assert.Contains("Құжат тіркелді.", await attached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_documents WHERE person_id = $1", person);
        var opened = await clerk.GetAsync($"/Registry/Documents/Open/{id}");
        Assert.Equal("application/pdf", opened.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await opened.Content.ReadAsByteArrayAsync());
        Assert.Equal("диплом.pdf", opened.Content.Headers.ContentDisposition!.FileNameStar);
        var audit = await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT changes::text FROM audit_log WHERE table_name = 'person_documents' AND row_key = $1 AND action = 'INSERT'", id.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("sha256", audit!, StringComparison.Ordinal);
        Assert.DoesNotContain("\"content\"", audit!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_named_pdf_and_a_file_over_5_mb_are_refused_and_nothing_is_stored()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonOfAsync(clerk, "Тексерова");

        var (disguised, _) = await clerk.FollowAsync(await AttachAsync(clerk, person, "diploma.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0 program")));
        var (large, _) = await clerk.FollowAsync(await AttachAsync(clerk, person, "big.pdf", [.. Pdf, .. new byte[5 * 1024 * 1024]]));

        Assert.Contains("Тек PDF, JPEG немесе PNG файлдарын тіркеуге болады.", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Файл 5 МБ-тан үлкен.", await large.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await DocumentsOfAsync(person));
    }

    [Fact]
    public async Task Another_center_cannot_open_attach_or_void_and_an_outside_look_is_audited()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonOfAsync(clerk, "Бөтенова");
        await AttachAsync(clerk, person, "id.pdf", Pdf, "IdentityDocument");
        var id = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_documents WHERE person_id = $1", person);
        var esil = await factory.SignedInAsync("clerk.esil");

        Assert.Equal(HttpStatusCode.NotFound, (await esil.GetAsync($"/Registry/Documents/Open/{id}")).StatusCode);
        var attach = await esil.PostFileAsync("/Registry/Persons", $"/Registry/Documents/Attach?personId={person}", ("file", "x.pdf", Pdf), ("kind", "Other"));
        Assert.Equal(HttpStatusCode.NotFound, attach.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await esil.PostFormAsync("/Registry/Persons", $"/Registry/Documents/Void/{id}", ("reason", "бөтен"))).StatusCode);
        Assert.Equal(1L, await DocumentsOfAsync(person));

        var district = await factory.SignedInAsync("dcsecretary.almaty");
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"/Registry/Documents/Open/{id}")).StatusCode);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM audit_log WHERE table_name = 'person_documents' AND row_key = $1 AND action = 'VIEW'", id.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Documents_move_with_the_person_on_an_accepted_transfer()
    {
        var holder = await factory.SignedInAsync("clerk.almaty1");
        var person = await PersonOfAsync(holder, "Көшпенова");
        await AttachAsync(holder, person, "cert.pdf", Pdf, "Certificate");
        var iin = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT iin FROM persons WHERE id = $1", person);
        var requester = await factory.SignedInAsync("clerk.almaty2");
        await requester.PostFormAsync("/Registry/Persons/Register", "/Registry/Transfers/RequestTransfer", ("iin", iin!));
        var transfer = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_transfers WHERE person_id = $1", person);
        await holder.PostFormAsync("/Registry/Transfers", $"/Registry/Transfers/Accept/{transfer}");

        var id = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM person_documents WHERE person_id = $1", person);
        Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync($"/Registry/Documents/Open/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync($"/Registry/Documents/Open/{id}")).StatusCode);
    }
}
