using Enbek.Domain.Calendar;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.Calendar;

public class DeadlineTests
{
    [Theory]
    [InlineData("2021-12-20", false)]
    [InlineData("2021-12-21", false)]
    [InlineData("2021-12-22", true)]
    public void Is_overdue_only_from_the_day_after_it_is_due(string localToday, bool overdue)
    {
        var deadline = new Deadline(new DateOnly(2021, 12, 21), "ENT-REFERRAL-2WD");

        Assert.Equal(overdue, deadline.IsOverdueOn(ReferenceFiles.Date(localToday)));
    }

    [Fact]
    public void Counts_working_days_over_holidays_and_weekends()
    {
        var deadline = Deadline.WorkingDaysAfter(ReferenceFiles.Calendar, new DateOnly(2021, 12, 15), 2, "ENT-REFERRAL-2WD");

        Assert.Equal(new Deadline(new DateOnly(2021, 12, 21), "ENT-REFERRAL-2WD"), deadline);
    }
}
