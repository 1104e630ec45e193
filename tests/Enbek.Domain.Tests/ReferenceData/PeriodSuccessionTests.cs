using Enbek.Domain.ReferenceData;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.ReferenceData;

public class PeriodSuccessionTests
{
    private static DateOnly? D(string? date) => date is null ? null : ReferenceFiles.Date(date);

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "2027-01-01", null)]         // next budget year, the day after the last ends
    [InlineData("2026-01-01", "2026-12-31", "2026-07-01", "2026-06-30")] // mid-year amendment, as on 1 April 2022
    [InlineData("2026-01-01", "2026-12-31", "2026-01-02", "2026-01-01")] // one day after the last starts
    [InlineData("2026-01-01", "2026-12-31", "2026-12-31", "2026-12-30")] // the last day of the last period
    [InlineData("2026-01-01", null, "2026-04-01", "2026-03-31")]         // an open period is closed the day before
    public void A_period_after_the_last_start_is_allowed_and_closes_the_last_one_the_day_before(
        string lastFrom, string? lastTo, string newFrom, string? closeOn)
    {
        var succession = PeriodSuccession.Of(D(lastFrom), D(lastTo), ReferenceFiles.Date(newFrom));

        Assert.True(succession.Allowed);
        Assert.Equal(D(closeOn), succession.CloseLastOn);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "2026-01-01")] // same start
    [InlineData("2026-01-01", "2026-12-31", "2025-12-31")] // one day before
    [InlineData("2026-01-01", null, "2020-04-01")]
    public void A_period_starting_on_or_before_the_last_start_is_refused(string lastFrom, string? lastTo, string newFrom)
    {
        var succession = PeriodSuccession.Of(D(lastFrom), D(lastTo), ReferenceFiles.Date(newFrom));

        Assert.False(succession.Allowed);
        Assert.Equal(PeriodSuccessionProblem.StartsTooEarly, succession.Problem);
        Assert.Null(succession.CloseLastOn);
    }

    [Fact]
    public void A_period_leaving_a_day_without_a_value_is_refused()
    {
        var succession = PeriodSuccession.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 2));

        Assert.Equal(PeriodSuccessionProblem.LeavesGap, succession.Problem);
    }

    [Fact]
    public void The_first_period_may_start_on_any_day()
    {
        var succession = PeriodSuccession.Of(null, null, new DateOnly(2017, 1, 1));

        Assert.True(succession.Allowed);
        Assert.Null(succession.CloseLastOn);
    }

    [Fact]
    public void The_closed_period_and_the_new_one_make_a_schedule_without_overlap_or_gap()
    {
        var last = new MciPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 4325m, null);
        var succession = PeriodSuccession.Of(last.ValidFrom, last.ValidTo, new DateOnly(2026, 7, 1));

        var schedule = new MciSchedule([last with { ValidTo = succession.CloseLastOn }, new MciPeriod(new DateOnly(2026, 7, 1), null, 4500m, null)]);

        Assert.Equal(4325m, schedule.RateOn(new DateOnly(2026, 6, 30), MciPurpose.SocialPayment).TengePerMci);
        Assert.Equal(4500m, schedule.RateOn(new DateOnly(2026, 7, 1), MciPurpose.SocialPayment).TengePerMci);
        Assert.Equal(4500m, schedule.RateOn(new DateOnly(2027, 3, 1), MciPurpose.LimitOrCap).TengePerMci);
    }
}
