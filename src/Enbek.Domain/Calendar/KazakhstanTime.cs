namespace Enbek.Domain.Calendar;

/// <summary>
/// Turns instants into legal dates in a region's IANA zone. Offsets come from the system tzdata,
/// never a fixed number: the country moved to a single UTC+5 on 2024-03-01 and Qyzylorda changed
/// on 2018-12-21.
/// </summary>
public static class KazakhstanTime
{
    public static DateOnly LocalDate(DateTimeOffset instant, string ianaTimeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ianaTimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>The current business date in the zone, from an injected clock.</summary>
    public static DateOnly Today(TimeProvider clock, string ianaTimeZone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return LocalDate(clock.GetUtcNow(), ianaTimeZone);
    }
}
