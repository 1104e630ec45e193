using System.Globalization;

namespace Enbek.Web.Printing;

/// <summary>The languages a document for signing is printed in: the state language or Russian, whatever the clerk's screen shows.</summary>
public enum DocumentLanguage
{
    Kazakh,
    Russian,
}

public static class DocumentLanguages
{
    /// <summary>"kk" or "ru" (a culture name such as ru-RU too); anything else is Kazakh, the default.</summary>
    public static DocumentLanguage Parse(string? code) =>
        code is { Length: >= 2 } && code.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? DocumentLanguage.Russian : DocumentLanguage.Kazakh;

    public static string Code(this DocumentLanguage language) => language == DocumentLanguage.Russian ? "ru" : "kk";

    public static CultureInfo Culture(this DocumentLanguage language) =>
        CultureInfo.GetCultureInfo(language == DocumentLanguage.Russian ? "ru-RU" : "kk-KZ");
}
