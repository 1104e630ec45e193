using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.Calendar;

/// <summary>Against the real data/reference/holidays.csv (2017-2026).</summary>
public class WorkingDayCalendarTests
{
    private static WorkingDayCalendar Calendar => ReferenceFiles.Calendar;

    [Theory]
    [InlineData("2017-07-01", true)]  // Saturday worked, day off moved to 7 July
    [InlineData("2017-07-02", false)] // Sunday
    [InlineData("2017-07-03", true)]  // plain Monday
    [InlineData("2017-07-06", false)] // Capital Day
    [InlineData("2017-07-07", false)] // transferred from 1 July
    [InlineData("2020-01-03", false)] // transferred from Sunday 5 January
    [InlineData("2020-01-04", false)] // Saturday
    [InlineData("2020-01-05", true)]  // Sunday worked
    [InlineData("2020-05-08", false)] // Victory Day day off moved to Friday
    [InlineData("2020-05-11", true)]  // ...so Monday was worked
    [InlineData("2020-12-18", false)]
    [InlineData("2020-12-20", true)]  // Sunday worked
    [InlineData("2021-12-01", false)] // First President Day, until 2021
    [InlineData("2022-12-01", true)]  // no longer a holiday in 2022
    [InlineData("2021-12-16", false)]
    [InlineData("2021-12-17", false)] // Independence Day was two days until 2021
    [InlineData("2022-12-16", false)]
    [InlineData("2022-10-25", false)] // Republic Day from 2022
    [InlineData("2022-03-05", true)]  // Saturday worked
    [InlineData("2022-03-07", false)] // transferred from 5 March
    [InlineData("2022-03-08", false)]
    [InlineData("2022-03-21", false)] // Nauryz
    [InlineData("2022-03-22", false)]
    [InlineData("2022-03-23", false)]
    [InlineData("2022-03-24", true)]
    public void Knows_working_days_from_the_reference_calendar(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(ReferenceFiles.Date(date)));
    }

    [Theory]
    [InlineData("2021-12-15", 1, "2021-12-20")] // 16-17 Independence Day, 18-19 weekend
    [InlineData("2021-12-15", 2, "2021-12-21")]
    [InlineData("2019-12-31", 1, "2020-01-05")] // 1-2 New Year, 3 transferred, 4 Saturday, Sunday 5 worked
    [InlineData("2019-12-31", 2, "2020-01-06")]
    [InlineData("2020-01-06", 1, "2020-01-08")] // 7 January, Orthodox Christmas
    [InlineData("2020-05-07", 1, "2020-05-11")]
    [InlineData("2022-03-04", 1, "2022-03-05")] // Saturday 5 March worked
    [InlineData("2022-03-04", 2, "2022-03-09")] // 6 Sunday, 7 transferred, 8 holiday
    [InlineData("2022-03-06", 1, "2022-03-09")] // start on a day off
    [InlineData("2022-03-18", 1, "2022-03-24")] // weekend, then Nauryz 21-23
    [InlineData("2017-06-30", 1, "2017-07-01")]
    [InlineData("2017-07-05", 1, "2017-07-10")]
    [InlineData("2022-03-21", 0, "2022-03-24")] // n = 0 on a day off: next working day
    [InlineData("2022-03-24", 0, "2022-03-24")] // n = 0 on a working day: itself
    [InlineData("2026-12-30", 1, "2026-12-31")]
    public void Adds_working_days_after_the_start(string start, int n, string expected)
    {
        Assert.Equal(ReferenceFiles.Date(expected), Calendar.AddWorkingDays(ReferenceFiles.Date(start), n));
    }

    [Theory]
    [InlineData("2020-01-01", "2020-01-05")]
    [InlineData("2020-01-05", "2020-01-05")]
    [InlineData("2022-03-19", "2022-03-24")]
    public void Finds_the_next_working_day_on_or_after_a_date(string date, string expected)
    {
        Assert.Equal(ReferenceFiles.Date(expected), Calendar.NextWorkingDayOnOrAfter(ReferenceFiles.Date(date)));
    }

    [Theory]
    [InlineData("2021-12-15", "2021-12-21", 2)]
    [InlineData("2021-12-15", "2021-12-19", 0)]
    [InlineData("2021-12-15", "2021-12-15", 0)]
    [InlineData("2022-02-28", "2022-03-31", 19)] // 23 weekdays - 7, 8, 21, 22, 23 March + Saturday 5 March
    public void Counts_working_days_between_dates(string fromExclusive, string toInclusive, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(ReferenceFiles.Date(fromExclusive), ReferenceFiles.Date(toInclusive)));
    }

    [Fact]
    public void Refuses_a_negative_number_of_working_days()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new DateOnly(2022, 3, 1), -1));
    }

    [Fact]
    public void Refuses_an_end_before_the_start_when_counting()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(new DateOnly(2022, 3, 2), new DateOnly(2022, 3, 1)));
    }

    [Theory]
    [InlineData("2016-12-31")]
    [InlineData("2027-01-01")]
    public void Does_not_guess_outside_the_covered_years(string date)
    {
        var day = ReferenceFiles.Date(date);

        var exception = Assert.Throws<ReferenceDataMissingException>(() => Calendar.IsWorkingDay(day));
        Assert.Equal(day, exception.Date);
        Assert.Throws<ReferenceDataMissingException>(() => Calendar.AddWorkingDays(day, 1));
        Assert.Throws<ReferenceDataMissingException>(() => Calendar.NextWorkingDayOnOrAfter(day));
    }

    [Fact]
    public void Does_not_guess_when_the_answer_lies_past_the_covered_years()
    {
        var exception = Assert.Throws<ReferenceDataMissingException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1));

        Assert.Equal(new DateOnly(2027, 1, 1), exception.Date);
    }

    [Fact]
    public void Agrees_with_a_day_by_day_reading_of_the_csv_for_every_covered_day()
    {
        var kinds = ReferenceFiles.Holidays.ToDictionary(d => d.Date, d => d.Kind);
        bool Naive(DateOnly d) => kinds.TryGetValue(d, out var kind)
            ? kind == CalendarDayKind.WorkingDayTransferred
            : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

        for (var day = ReferenceFiles.CalendarFrom; day <= ReferenceFiles.CalendarTo; day = day.AddDays(1))
        {
            Assert.True(Naive(day) == Calendar.IsWorkingDay(day), $"{day:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void Adding_then_counting_gives_back_the_same_number_of_working_days()
    {
        for (var start = new DateOnly(2017, 1, 1); start <= new DateOnly(2026, 11, 30); start = start.AddDays(1))
        {
            for (var n = 1; n <= 10; n++)
            {
                var due = Calendar.AddWorkingDays(start, n);

                Assert.True(Calendar.IsWorkingDay(due));
                Assert.Equal(n, Calendar.WorkingDaysBetween(start, due));
                Assert.Equal(n - 1, Calendar.WorkingDaysBetween(start, due.AddDays(-1)));
            }
        }
    }

    [Fact]
    public void Ignores_listed_days_outside_the_covered_range()
    {
        var calendar = new WorkingDayCalendar(
            [new CalendarDay(new DateOnly(2030, 1, 1), CalendarDayKind.Holiday)],
            new DateOnly(2024, 1, 1),
            new DateOnly(2024, 12, 31));

        Assert.True(calendar.IsWorkingDay(new DateOnly(2024, 1, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2024, 1, 6)));
    }

    [Fact]
    public void Rejects_a_covered_range_that_ends_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([], new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1)));
    }
}
