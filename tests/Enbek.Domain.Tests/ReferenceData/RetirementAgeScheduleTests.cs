using Enbek.Domain.Common;
using Enbek.Domain.ReferenceData;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.ReferenceData;

public class RetirementAgeScheduleTests
{
    private static RetirementAgeSchedule Schedule => ReferenceFiles.RetirementAge;

    [Theory]
    [InlineData(Sex.Female, "2010-06-01", 58, 0)]
    [InlineData(Sex.Female, "2017-12-31", 58, 0)]
    [InlineData(Sex.Female, "2018-01-01", 58, 6)]
    [InlineData(Sex.Female, "2021-12-31", 60, 0)]
    [InlineData(Sex.Female, "2022-01-01", 60, 6)]
    [InlineData(Sex.Female, "2022-12-31", 60, 6)]
    [InlineData(Sex.Female, "2023-01-01", 61, 0)]
    [InlineData(Sex.Female, "2025-07-01", 61, 0)]
    [InlineData(Sex.Female, "2027-12-31", 61, 0)]
    [InlineData(Sex.Female, "2028-01-01", 61, 6)]
    [InlineData(Sex.Female, "2031-01-01", 63, 0)]
    [InlineData(Sex.Female, "2040-01-01", 63, 0)]
    [InlineData(Sex.Male, "2010-06-01", 63, 0)]
    [InlineData(Sex.Male, "2022-06-01", 63, 0)]
    public void Returns_the_age_in_force_on_the_date(Sex sex, string date, int years, int months)
    {
        Assert.Equal((years, months), Schedule.AgeOn(ReferenceFiles.Date(date), sex));
    }

    [Theory]
    // Men: 63; the 63rd birthday itself is not below.
    [InlineData(Sex.Male, "1962-03-15", "2025-03-14", true)]
    [InlineData(Sex.Male, "1962-03-15", "2025-03-15", false)]
    // Women in 2022: 60 years 6 months.
    [InlineData(Sex.Female, "1962-01-10", "2022-07-09", true)]
    [InlineData(Sex.Female, "1962-01-10", "2022-07-10", false)]
    // Women 2023-2027: frozen at 61.
    [InlineData(Sex.Female, "1963-05-20", "2024-05-19", true)]
    [InlineData(Sex.Female, "1963-05-20", "2024-05-20", false)]
    [InlineData(Sex.Female, "1966-12-31", "2027-12-30", true)]
    [InlineData(Sex.Female, "1966-12-31", "2027-12-31", false)]
    // Born 29 February: in a common year the age is reached on 28 February.
    [InlineData(Sex.Female, "1964-02-29", "2025-02-27", true)]
    [InlineData(Sex.Female, "1964-02-29", "2025-02-28", false)]
    // Born 31 August, 60 years 6 months later has no 31st: reached on the last day of February.
    [InlineData(Sex.Female, "1961-08-31", "2022-02-27", true)]
    [InlineData(Sex.Female, "1961-08-31", "2022-02-28", false)]
    public void Tells_whether_a_person_is_below_retirement_age(Sex sex, string birthDate, string onDate, bool expected)
    {
        var below = Schedule.IsBelowRetirementAge(ReferenceFiles.Date(birthDate), sex, ReferenceFiles.Date(onDate));

        Assert.Equal(expected, below);
    }

    [Fact]
    public void Rejects_overlapping_periods_for_one_sex()
    {
        RetirementAgePeriod[] periods =
        [
            new(Sex.Female, null, new DateOnly(2022, 12, 31), 60, 6),
            new(Sex.Female, new DateOnly(2022, 12, 31), null, 61, 0),
        ];

        Assert.Throws<ArgumentException>(() => new RetirementAgeSchedule(periods));
    }

    [Fact]
    public void Allows_the_same_dates_for_both_sexes()
    {
        var schedule = new RetirementAgeSchedule(
        [
            new RetirementAgePeriod(Sex.Male, null, null, 63, 0),
            new RetirementAgePeriod(Sex.Female, null, null, 61, 0),
        ]);

        Assert.Equal((61, 0), schedule.AgeOn(new DateOnly(2024, 1, 1), Sex.Female));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(60, 12)]
    [InlineData(60, -1)]
    public void Rejects_an_impossible_age(int years, int months)
    {
        RetirementAgePeriod[] periods = [new(Sex.Male, null, null, years, months)];

        Assert.Throws<ArgumentException>(() => new RetirementAgeSchedule(periods));
    }

    [Fact]
    public void Refuses_a_sex_with_no_rows()
    {
        var schedule = new RetirementAgeSchedule([new RetirementAgePeriod(Sex.Male, null, null, 63, 0)]);

        Assert.Throws<ReferenceDataMissingException>(() => schedule.AgeOn(new DateOnly(2024, 1, 1), Sex.Female));
    }
}
