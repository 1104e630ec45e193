using System.Globalization;

namespace Enbek.Application.Registry.Participation;

/// <summary>The "date|id" key of lists ordered by a date and then the id.</summary>
internal static class Keyset
{
    public static string Of(DateOnly on, long id) => string.Create(CultureInfo.InvariantCulture, $"{on:yyyy-MM-dd}|{id}");

    public static (DateOnly On, long Id)? Parse(string? key) =>
        key?.Split('|', 2) is [var on, var id]
        && DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (date, number)
            : null;
}
