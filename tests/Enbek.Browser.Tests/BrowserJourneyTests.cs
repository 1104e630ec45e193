using Enbek.Application.Setup;
using Enbek.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enbek.Browser.Tests;

/// <summary>Debian's chromium against the portal on Kestrel: what a clerk sees.</summary>
public sealed class BrowserJourneyTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        await _factory.InitializeAsync();
        _factory.UseKestrel(0);
        _factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)_factory).DisposeAsync();
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = _factory.ClientOptions.BaseAddress.ToString() });

        // The machine is shared with other test runs: the first pages of a cold server may take longer than Playwright's 30 s default.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync("/");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", DemoData.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#organisation-name");
        return page;
    }

    [Fact]
    public async Task A_clerk_signs_in_switches_to_Russian_and_sees_the_centers_home_page_in_Russian()
    {
        var page = await SignedInAsync("clerk.almaty1");
        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("жұмыспен қамту орталығы", await page.InnerTextAsync("#organisation-name"), StringComparison.Ordinal);

        await page.ClickAsync("#lang-ru");
        await page.WaitForSelectorAsync("html[lang=ru]");
        Assert.Contains("Центр занятости №1 района Алматы", await page.InnerTextAsync("#organisation-name"), StringComparison.Ordinal);
        Assert.Contains("Журнал приёма", await page.InnerTextAsync("nav"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_registers_a_participant_includes_them_signs_a_social_contract_and_finds_the_person_typed_in_Russian_letters()
    {
        var page = await SignedInAsync("clerk.almaty1");

        var birth = new DateOnly(1991, 8, 30);
        await page.GotoAsync("/Registry/Persons/Register");
        await page.CheckAsync("#Form_ConsentConfirmed");
        await page.SelectOptionAsync("#Form_ConsentForm", "Paper");
        await page.FillAsync("#Form_Iin", TestIins.Next(birth, Enbek.Domain.Common.Sex.Male));
        await page.FillAsync("#Form_Surname", "Шолпанқұлов");
        await page.FillAsync("#Form_FirstName", "Қайрат");
        await page.FillAsync("#Form_BirthDate", birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#Form_Sex", "Male");
        await page.SelectOptionAsync("#Form_Education", "Higher");
        await page.SelectOptionAsync("#Form_Status", "Unemployed");
        await page.ClickAsync("#save-person");
        await page.WaitForSelectorAsync("#person-name");

        await page.ClickAsync("#new-application");
        await page.SelectOptionAsync("#Form_Category", "Unemployed");
        await page.CheckAsync("#Form_Measures_ShortTermTraining");
        await page.CheckAsync("#Form_Measures_VacancyPlacement");
        await page.ClickAsync("#submit-application");
        await page.WaitForSelectorAsync("#decide-form");
        await page.SelectOptionAsync("#Decide_Decision", "Included");
        await page.ClickAsync("#save-decision");
        await page.ClickAsync("#sign-contract");
        Assert.False(string.IsNullOrWhiteSpace(await page.InputValueAsync("#Form_CenterObligations")));
        await page.ClickAsync("#save-contract");
        await page.WaitForSelectorAsync("#contract-number");
        var contractNumber = (await page.InnerTextAsync("#contract-number")).Split(' ', '№').Last(w => w.Length > 0 && char.IsDigit(w[0]));

        await page.GotoAsync("/Registry/Persons");
        await page.FillAsync("#Query", "Кайрат Шолпанкул");
        await page.ClickAsync("#person-search button[type=submit]");
        await page.ClickAsync("#persons a:has-text('Шолпанқұлов Қайрат')");
        await page.WaitForSelectorAsync("#case-contracts");
        Assert.Contains(contractNumber, await page.InnerTextAsync("#case-contracts"), StringComparison.Ordinal);
        Assert.Contains(contractNumber, await page.InnerTextAsync("#timeline"), StringComparison.Ordinal);
    }
}
