using System.Globalization;

namespace Enbek.Domain.Common;

/// <summary>
/// One figure a rule compared. The value is formatted invariantly so it can be stored with a
/// decision and rendered later in any language.
/// </summary>
public sealed record RuleFact(string Name, string Value, string Unit)
{
    public const string TengeUnit = "KZT";
    public const string DateUnit = "date";

    public static RuleFact Money(string name, Money m) =>
        new(name, m.Tenge.ToString("0.00", CultureInfo.InvariantCulture), TengeUnit);

    public static RuleFact Number(string name, decimal v, string unit) =>
        new(name, v.ToString(CultureInfo.InvariantCulture), unit);

    public static RuleFact Date(string name, DateOnly d) =>
        new(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateUnit);
}
