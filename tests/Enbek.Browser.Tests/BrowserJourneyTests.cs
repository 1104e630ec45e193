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

    [Fact]
    public async Task A_clerk_signs_in_switches_to_Russian_and_sees_the_centers_home_page_in_Russian()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = _factory.ClientOptions.BaseAddress.ToString() });
        await page.GotoAsync("/");
        await page.FillAsync("#UserName", "clerk.almaty1");
        await page.FillAsync("#Password", DemoData.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#organisation-name");
        Assert.Equal("kk", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("жұмыспен қамту орталығы", await page.InnerTextAsync("#organisation-name"), StringComparison.Ordinal);

        await page.ClickAsync("#lang-ru");
        await page.WaitForSelectorAsync("html[lang=ru]");
        Assert.Contains("Центр занятости №1 района Алматы", await page.InnerTextAsync("#organisation-name"), StringComparison.Ordinal);
        Assert.Contains("Журнал приёма", await page.InnerTextAsync("nav"), StringComparison.Ordinal);
    }
}
