using System.Globalization;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>
/// An amount in tenge as people type it: spaces between thousands, a comma or a point before tiyn
/// ("4 325", "4325,50", "4325.5"). At most two decimals.
/// </summary>
public static class TengeInput
{
    public static bool TryParse(string? text, out decimal tenge)
    {
        tenge = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var plain = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out tenge)
            && decimal.Round(tenge, 2) == tenge;
    }

    public static bool IsPositive(string? text) => TryParse(text, out var tenge) && tenge > 0m && tenge < 1_000_000_000_000m;

    public static decimal Parse(string? text) =>
        TryParse(text, out var tenge) ? tenge : throw new FormatException("The amount was not validated.");

    public static decimal? ParseOptional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse(text);

    /// <summary>The stored amount as the form shows it back.</summary>
    public static string Format(decimal tenge) => tenge.ToString("0.##", CultureInfo.CurrentCulture);
}
