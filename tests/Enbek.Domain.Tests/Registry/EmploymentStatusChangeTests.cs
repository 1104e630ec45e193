using Enbek.Domain.Registry;

namespace Enbek.Domain.Tests.Registry;

public sealed class EmploymentStatusChangeTests
{
    private static EmploymentStatusChange Change(EmploymentStatus status, int year, int month, int day) =>
        new() { Status = status, Since = new DateOnly(year, month, day) };

    private static readonly EmploymentStatusChange[] History =
    [
        Change(EmploymentStatus.Employed, 2019, 3, 1),
        Change(EmploymentStatus.Unemployed, 2021, 1, 10),
        Change(EmploymentStatus.Unemployed, 2021, 4, 1), // re-registered: the spell goes on
        Change(EmploymentStatus.Employed, 2021, 9, 1),
        Change(EmploymentStatus.Unemployed, 2022, 2, 15),
    ];

    [Theory]
    [InlineData("2021-01-09", null)] // still employed the day before
    [InlineData("2021-01-10", "2021-01-10")] // the first day counts
    [InlineData("2021-06-30", "2021-01-10")] // an unbroken spell keeps its start
    [InlineData("2021-09-01", null)] // employed again
    [InlineData("2022-03-01", "2022-02-15")] // a new spell starts anew
    public void Unemployed_since_is_the_start_of_the_current_unbroken_spell(string asOf, string? expected)
    {
        var since = EmploymentStatusChange.UnemployedSince(History, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
    }

    [Fact]
    public void No_history_means_no_spell() => Assert.Null(EmploymentStatusChange.UnemployedSince([], new DateOnly(2022, 1, 1)));

    [Fact]
    public void A_backdated_status_is_kept_in_history_but_does_not_replace_a_later_one()
    {
        var person = new Person { Iin = "850615300000", Surname = "Ким", FirstName = "Ольга", ConsentTakenByName = "clerk" };
        person.ChangeStatus(EmploymentStatus.Unemployed, new DateOnly(2022, 5, 1), null, DateTimeOffset.UnixEpoch);

        var backdated = person.ChangeStatus(EmploymentStatus.JobSeeker, new DateOnly(2022, 4, 1), "from the paper file", DateTimeOffset.UnixEpoch);

        Assert.Equal(EmploymentStatus.Unemployed, person.Status);
        Assert.Equal(new DateOnly(2022, 5, 1), person.StatusSince);
        Assert.Equal(EmploymentStatus.JobSeeker, backdated.Status);
        Assert.Equal("from the paper file", backdated.Note);
    }
}
