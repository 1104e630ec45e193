namespace Enbek.Web.Printing;

/// <summary>The bar above a print page on screen: back to the record, the other language, the PDF, print. Not printed.</summary>
public sealed record PrintToolbar(string BackUrl, string PageUrl, DocumentLanguage Language)
{
    public string Url(string language, bool pdf) => $"{PageUrl}?lang={language}{(pdf ? "&format=pdf" : string.Empty)}";
}
