using System.Globalization;
using System.Net;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>The national register of employers: BIN validated and unique, facts with the dates they were checked, history kept.</summary>
public sealed class EmployerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string NewBin() => TestBins.Next();

    private async Task<long> AstanaAsync() => await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM regions WHERE kato = '710000000'");

    private async Task<(string Name, string Value)[]> FieldsAsync(string bin, string name, params (string Name, string Value)[] overrides)
    {
        (string Name, string Value)[] fields =
        [
            ("Form.Bin", bin), ("Form.Name", name), ("Form.RegionId", (await AstanaAsync()).ToString(CultureInfo.InvariantCulture)),
            ("Form.Size", "Small"), ("Form.RegisteredOn", "2015-03-10"), ("Form.Sector", "62.01"), ("Form.StateSharePercent", "0"),
            ("Form.TaxCompliant", "true"), ("Form.TaxCheckedOn", "2026-11-01"), ("Form.NoWageArrears", "true"), ("Form.WageArrearsCheckedOn", "2026-11-01"),
        ];
        return [.. fields.Select(f => overrides.FirstOrDefault(o => o.Name == f.Name) is { Name: not null } o ? o : f)];
    }

    [Fact]
    public async Task A_clerk_adds_an_employer_every_center_reads_it_and_a_change_is_kept_in_history()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var bin = NewBin();
        var created = await clerk.PostFormAsync("/Registry/Employers/Create", "/Registry/Employers/Create", await FieldsAsync(bin, "«Сапа Құрылыс» ЖШС"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM employers WHERE bin = $1", bin);

        var other = await factory.SignedInAsync("clerk.zhetysai");
        Assert.Contains("«Сапа Құрылыс» ЖШС", await other.GetStringAsync("/Registry/Employers?query=" + bin[..6]), StringComparison.Ordinal);
        var edited = await other.PostFormAsync($"/Registry/Employers/Edit/{id}", $"/Registry/Employers/Edit/{id}",
            await FieldsAsync(bin, "«Сапа Құрылыс» ЖШС", ("Form.NoWageArrears", "false"), ("Form.WageArrearsCheckedOn", "2026-11-20")));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var page = await clerk.GetStringAsync($"/Registry/Employers/Details/{id}");
        Assert.Contains("20.11.2026", page, StringComparison.Ordinal);
        Assert.False(await Sql.ScalarAsync<bool>(factory.OwnerConnection, "SELECT no_wage_arrears FROM employers WHERE id = $1", id));
        Assert.Contains("no_wage_arrears", page, StringComparison.Ordinal); // the history names the changed field
    }

    [Fact]
    public async Task A_bad_or_repeated_bin_and_a_share_over_100_are_refused_next_to_the_field()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var bin = NewBin();
        await clerk.PostFormAsync("/Registry/Employers/Create", "/Registry/Employers/Create", await FieldsAsync(bin, "Бірінші"));

        var badCheck = await clerk.PostFormAsync("/Registry/Employers/Create", "/Registry/Employers/Create",
            await FieldsAsync(bin[..11] + ((bin[11] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture), "Екінші"));
        var repeated = await clerk.PostFormAsync("/Registry/Employers/Create", "/Registry/Employers/Create", await FieldsAsync(bin, "Үшінші"));
        var share = await clerk.PostFormAsync("/Registry/Employers/Create", "/Registry/Employers/Create",
            await FieldsAsync(NewBin(), "Төртінші", ("Form.StateSharePercent", "120")));

        Assert.Matches("data-valmsg-for=\"Form.Bin\"[^>]*>БСН қате", await badCheck.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Form.Bin\"[^>]*>Осы БСН-мен жұмыс беруші бұрыннан тіркелген", await repeated.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Form.StateSharePercent\"[^>]*>Мемлекет үлесі", await share.Content.ReadAsStringAsync());
        Assert.Equal(1L, await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT count(*) FROM employers WHERE name IN ('Бірінші', 'Екінші', 'Үшінші', 'Төртінші')"));
    }

    [Fact]
    public async Task Readers_outside_centers_see_the_register_but_cannot_add_to_it()
    {
        var district = await factory.SignedInAsync("dcsecretary.almaty");
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync("/Registry/Employers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/Registry/Employers/Create")).StatusCode);
        var lender = await factory.SignedInAsync("lender.mfo");
        Assert.Equal(HttpStatusCode.Forbidden, (await lender.GetAsync("/Registry/Employers")).StatusCode);
    }
}
