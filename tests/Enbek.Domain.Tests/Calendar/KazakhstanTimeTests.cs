using Enbek.Domain.Calendar;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.Calendar;

/// <summary>
/// Each instant is chosen so that the old and the new offset give different dates: a stale
/// tzdata without the 2024 change (or the 2018 Qyzylorda change) fails here.
/// </summary>
public class KazakhstanTimeTests
{
    [Theory]
    [InlineData("2024-02-28T18:30:00Z", "Asia/Almaty", "2024-02-29")] // 00:30 at UTC+6
    [InlineData("2024-02-29T17:30:00Z", "Asia/Almaty", "2024-02-29")] // 23:30 at UTC+6, last half hour before the change
    [InlineData("2024-02-29T18:30:00Z", "Asia/Almaty", "2024-02-29")] // 23:30 at UTC+5; UTC+6 would give 1 March
    [InlineData("2024-03-01T18:30:00Z", "Asia/Almaty", "2024-03-01")] // 23:30 at UTC+5; UTC+6 would give 2 March
    [InlineData("2021-06-30T18:30:00Z", "Asia/Almaty", "2021-07-01")] // programme years: UTC+6
    [InlineData("2021-06-30T18:30:00Z", "Asia/Aqtobe", "2021-06-30")] // western regions: UTC+5
    [InlineData("2018-12-19T18:30:00Z", "Asia/Qyzylorda", "2018-12-20")] // UTC+6 before 21 Dec 2018
    [InlineData("2018-12-21T18:30:00Z", "Asia/Qyzylorda", "2018-12-21")] // UTC+5 after
    public void Converts_an_instant_to_the_local_date_of_the_zone(string instant, string zone, string expected)
    {
        var utc = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(ReferenceFiles.Date(expected), KazakhstanTime.LocalDate(utc, zone));
    }

    [Fact]
    public void Almaty_moved_from_UTC_plus_6_to_UTC_plus_5_at_midnight_on_1_March_2024()
    {
        var almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

        Assert.Equal(TimeSpan.FromHours(6), almaty.GetUtcOffset(new DateTimeOffset(2024, 2, 29, 17, 59, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(5), almaty.GetUtcOffset(new DateTimeOffset(2024, 2, 29, 18, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Today_is_the_local_date_of_the_injected_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2022, 12, 31, 18, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2023, 1, 1), KazakhstanTime.Today(clock, "Asia/Almaty"));
        Assert.Equal(new DateOnly(2022, 12, 31), KazakhstanTime.Today(clock, "Asia/Oral"));
    }

    [Theory]
    [InlineData("2024-02-29T10:00:00", "2024-02-29T04:00:00Z")] // UTC+6 before the change
    [InlineData("2024-03-01T10:00:00", "2024-03-01T05:00:00Z")] // UTC+5 after it
    public void A_typed_local_time_becomes_the_instant_of_that_day_and_reads_back_the_same(string typed, string expected)
    {
        var local = DateTime.Parse(typed, System.Globalization.CultureInfo.InvariantCulture);

        var instant = KazakhstanTime.Instant(local, "Asia/Almaty");

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(local, KazakhstanTime.LocalTime(instant, "Asia/Almaty").DateTime);
    }

    [Fact]
    public void Refuses_an_unknown_zone()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => KazakhstanTime.LocalDate(DateTimeOffset.UnixEpoch, "Asia/Nowhere"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
