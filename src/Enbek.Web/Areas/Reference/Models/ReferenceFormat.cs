using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>Dates, money and figures of the reference pages in the reader's culture.</summary>
public static class ReferenceFormat
{
    public static string Tenge(decimal tenge) => new Money(tenge).Format(CultureInfo.CurrentCulture);

    public static string Tenge(Money? money) => money is { } m ? m.Format(CultureInfo.CurrentCulture) : "—";

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    public static string Figure(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);

    /// <summary>An age of years and months as years, e.g. 60,5.</summary>
    public static string Years((int Years, int Months)? age) =>
        age is var (years, months) ? Figure(years + (months / 12m)) : "—";

    /// <summary>ISO form for date inputs and links.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
