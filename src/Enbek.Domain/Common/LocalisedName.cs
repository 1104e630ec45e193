using System.Globalization;

namespace Enbek.Domain.Common;

/// <summary>
/// A name kept in the portal's three languages. Shown in the reader's language; Kazakh, the state
/// language, is the fallback for any other.
/// </summary>
public readonly record struct LocalisedName(string Kk, string Ru, string En)
{
    public string In(string twoLetterLanguage) => twoLetterLanguage switch
    {
        "ru" => Ru,
        "en" => En,
        _ => Kk,
    };

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    /// <summary>The name in the current UI culture, so that views can write the value as it is.</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);
}
