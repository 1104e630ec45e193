using System.Net;
using System.Text.RegularExpressions;
using Enbek.Application.Setup;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>A browser-like client: cookies, real login form, real antiforgery tokens taken from the page.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password = DemoData.Password)
    {
        var form = await Http.GetStringAsync("/Account/Login");
        return await Http.PostAsync("/Account/Login", Form(form, ("UserName", userName), ("Password", password)));
    }

    /// <summary>Signs in and checks that it worked.</summary>
    public async Task<PortalClient> SignedInAsync(string userName)
    {
        var response = await LoginAsync(userName);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode}");
        }

        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public Task<string> GetStringAsync(string url) => Http.GetStringAsync(url);

    /// <summary>Opens the page (for its token, as a browser would) and posts the fields to the action.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string actionUrl, params (string Name, string Value)[] fields)
    {
        var page = await Http.GetStringAsync(pageUrl);
        return await Http.PostAsync(actionUrl, Form(page, fields));
    }

    /// <summary>Posts a multipart form with one file, as a browser's file input sends it.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(
        string pageUrl, string actionUrl, (string Name, string FileName, byte[] Content) file, params (string Name, string Value)[] fields)
    {
        var page = await Http.GetStringAsync(pageUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file.Content), file.Name, file.FileName },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await Http.PostAsync(actionUrl, form);
    }

    /// <summary>Follows a redirect chain to the final page.</summary>
    public async Task<(HttpResponseMessage Response, string Url)> FollowAsync(HttpResponseMessage response)
    {
        var url = string.Empty;
        for (var i = 0; i < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found; i++)
        {
            url = response.Headers.Location!.ToString();
            response = await Http.GetAsync(url);
        }

        return (response, url);
    }

    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on the page.");

    public void Dispose() => Http.Dispose();

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Token(page)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
