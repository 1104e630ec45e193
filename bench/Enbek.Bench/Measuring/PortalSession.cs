using System.Net;
using System.Text.RegularExpressions;

namespace Enbek.Bench.Measuring;

/// <summary>
/// A signed-in browser-like client of the portal: its own cookies, signed in through the real login
/// form with the antiforgery token taken from the page; redirects are not followed, so a page that
/// sends the user back to the login form counts as a failed request.
/// </summary>
public sealed partial class PortalSession : IDisposable
{
    private PortalSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<PortalSession> SignInAsync(Uri portal, BenchUser user, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var session = new PortalSession(HttpClients.Create(portal, new CookieContainer(), timeout));
        try
        {
            var form = await session.Client.GetStringAsync("/Account/Login", cancellationToken);
            var token = Token(form);
            using var content = new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("UserName", user.UserName), new("Password", user.Password),
            ]);
            using var response = await session.Client.PostAsync("/Account/Login", content, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("ChangePassword", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException($"{user.UserName} could not sign in: {(int)response.StatusCode} {response.Headers.Location}");
            }

            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Token(string page) =>
        TokenPattern().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("the page has no antiforgery token");

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
