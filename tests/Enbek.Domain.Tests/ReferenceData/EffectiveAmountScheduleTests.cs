using Enbek.Domain.Common;
using Enbek.Domain.ReferenceData;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.ReferenceData;

public class EffectiveAmountScheduleTests
{
    [Theory]
    [InlineData("2017-01-01", 24459)]
    [InlineData("2018-12-31", 28284)]
    [InlineData("2019-01-01", 42500)]
    [InlineData("2021-12-31", 42500)]
    [InlineData("2022-01-01", 60000)]
    [InlineData("2022-12-31", 60000)]
    [InlineData("2023-01-01", 70000)]
    [InlineData("2024-01-01", 85000)]
    [InlineData("2026-12-31", 85000)]
    public void Returns_the_minimum_wage_in_force_on_the_date(string date, int tenge)
    {
        Assert.Equal(new Money(tenge), ReferenceFiles.MinimumWage.On(ReferenceFiles.Date(date)));
    }

    [Theory]
    [InlineData("2019-12-31", 29698)]
    [InlineData("2020-03-31", 31183)]
    [InlineData("2020-04-01", 32668)]
    [InlineData("2022-03-31", 36018)]
    [InlineData("2022-04-01", 37389)]
    [InlineData("2023-01-01", 40567)]
    public void Returns_the_subsistence_minimum_in_force_on_the_date(string date, int tenge)
    {
        Assert.Equal(new Money(tenge), ReferenceFiles.SubsistenceMinimum.On(ReferenceFiles.Date(date)));
    }

    [Fact]
    public void Names_the_schedule_when_a_date_is_not_covered()
    {
        var exception = Assert.Throws<ReferenceDataMissingException>(
            () => ReferenceFiles.MinimumWage.On(new DateOnly(2027, 1, 1)));

        Assert.Equal("minimum wage", ReferenceFiles.MinimumWage.Name);
        Assert.Equal("No minimum wage reference data covers 2027-01-01.", exception.Message);
    }

    [Fact]
    public void Rejects_overlapping_periods()
    {
        EffectiveAmount[] periods =
        [
            new(new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 1), 42500m),
            new(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), 60000m),
        ];

        var exception = Assert.Throws<ArgumentException>(() => EffectiveAmountSchedule.MinimumWage(periods));
        Assert.Contains("minimum wage", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_adjacent_periods()
    {
        var schedule = new EffectiveAmountSchedule("grant size",
        [
            new EffectiveAmount(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), 600000m),
            new EffectiveAmount(new DateOnly(2023, 1, 1), null, 700000m),
        ]);

        Assert.Equal(new Money(600000m), schedule.On(new DateOnly(2022, 12, 31)));
        Assert.Equal(new Money(700000m), schedule.On(new DateOnly(2023, 1, 1)));
        Assert.Equal(2, schedule.Periods.Count);
    }
}
