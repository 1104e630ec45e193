namespace Enbek.Domain.Calendar;

/// <summary>
/// Turns instants into legal dates in a region's IANA zone. Offsets come from the system tzdata,
/// never a fixed number: the country moved to a single UTC+5 on 2024-03-01 and Qyzylorda changed
/// on 2018-12-21.
/// </summary>
public static class KazakhstanTime
{
    /// <summary>The zone of the capital; the whole country has kept its time since 2024-03-01.</summary>
    public const string NationalZone = "Asia/Almaty";

    public static DateOnly LocalDate(DateTimeOffset instant, string ianaTimeZone) =>
        DateOnly.FromDateTime(LocalTime(instant, ianaTimeZone).DateTime);

    /// <summary>The wall-clock time of an instant in the zone, with the offset that applied then.</summary>
    public static DateTimeOffset LocalTime(DateTimeOffset instant, string ianaTimeZone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(ianaTimeZone));

    /// <summary>The instant (UTC) of a wall-clock time in the zone, as a clerk types it.</summary>
    public static DateTimeOffset Instant(DateTime localTime, string ianaTimeZone)
    {
        var local = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ianaTimeZone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The current business date in the zone, from an injected clock.</summary>
    public static DateOnly Today(TimeProvider clock, string ianaTimeZone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return LocalDate(clock.GetUtcNow(), ianaTimeZone);
    }
}
