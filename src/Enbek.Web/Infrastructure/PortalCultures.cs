using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Enbek.Web.Infrastructure;

/// <summary>Kazakh by default, then Russian and English.</summary>
public static class PortalCultures
{
    public const string Default = "kk-KZ";

    public static readonly string[] Names = ["kk-KZ", "ru-RU", "en"];

    public static readonly CultureInfo[] All = [.. Names.Select(CultureInfo.GetCultureInfo)];

    /// <summary>
    /// kk / ru / en (as stored on the account) or a culture name (ru-RU) to the portal's culture name,
    /// or null if the language is not one of the portal's.
    /// </summary>
    public static string? FromLanguage(string? language) =>
        language is { Length: >= 2 }
            ? Names.FirstOrDefault(n => string.Equals(n[..2], language[..2], StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>Remembers the language in the culture cookie; unknown languages fall back to Kazakh.</summary>
    public static void WriteCookie(HttpResponse response, string? language)
    {
        var culture = FromLanguage(language) ?? Default;
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
    }
}
