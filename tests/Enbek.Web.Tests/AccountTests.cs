using System.Net;
using Enbek.Application.Setup;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

public sealed class AccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> DemoUsers() => [.. DemoData.Accounts.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Every_demo_account_signs_in_and_lands_on_its_home_page(string userName)
    {
        using var client = factory.Client();
        var login = await client.LoginAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var (home, url) = await client.FollowAsync(await client.GetAsync("/"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Matches("^/(Registry|Commissions|Oversight|Analytics|Lenders|Partners|Admin)/", url);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("id=\"organisation-name\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_lists_every_demo_account()
    {
        var readme = Directory.GetParent(AppContext.BaseDirectory)!;
        while (!File.Exists(Path.Combine(readme.FullName, "README.md")))
        {
            readme = readme.Parent!;
        }

        var users = File.ReadAllLines(Path.Combine(readme.FullName, "README.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains('`', StringComparison.Ordinal))
            .Select(l => l.Split('|')[2].Trim().Trim('`'))
            .ToList();
        Assert.Equal(DemoData.Accounts.Select(a => a.UserName), users);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        using var client = factory.Client();
        var response = await client.LoginAsync("clerk.esil", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("validation-summary-errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Registry/Reception")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var client = factory.Client();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("clerk.zhetysai", "Wrong-password-1");
        }

        var response = await client.LoginAsync("clerk.zhetysai");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Registry/Reception")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        using var client = factory.Client();
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent([new("UserName", "clerk.akkol"), new("Password", DemoData.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_the_login_page()
    {
        using var client = factory.Client();
        var response = await client.GetAsync("/Registry/Reception");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await factory.Client().SignedInAsync("clerk.burabay");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Registry/Reception")).StatusCode);
        await client.PostFormAsync("/Registry/Reception", "/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Registry/Reception")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_changes_the_page_and_is_remembered_on_the_account()
    {
        using (var client = await factory.Client().SignedInAsync("clerk.almaty2"))
        {
            Assert.Contains("<html lang=\"kk\"", await client.GetStringAsync("/Registry/Reception"), StringComparison.Ordinal);
            var switched = await client.PostFormAsync("/Registry/Reception", "/Culture/Set", ("culture", "ru"), ("returnUrl", "/Registry/Reception"));
            Assert.Equal("/Registry/Reception", switched.Headers.Location!.ToString());
            var page = await client.GetStringAsync("/Registry/Reception");
            Assert.Contains("<html lang=\"ru\"", page, StringComparison.Ordinal);
            Assert.Contains("Журнал приёма", page, StringComparison.Ordinal);
        }

        // A new browser without the cookie: the language comes back from the account at sign-in.
        using var again = await factory.Client().SignedInAsync("clerk.almaty2");
        Assert.Contains("<html lang=\"ru\"", await again.GetStringAsync("/Registry/Reception"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_and_an_outside_return_address_is_not_followed()
    {
        using var client = await factory.Client().SignedInAsync("clerk.akkol");
        var unknown = await client.PostFormAsync("/Registry/Reception", "/Culture/Set", ("culture", "de"), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var outside = await client.PostFormAsync("/Registry/Reception", "/Culture/Set", ("culture", "kk"), ("returnUrl", "https://evil.example/"));
        Assert.Equal("/", outside.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Health_endpoints_answer_without_sign_in()
    {
        using var client = factory.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var client = factory.Client();
        var response = await client.GetAsync("/Account/Login");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
