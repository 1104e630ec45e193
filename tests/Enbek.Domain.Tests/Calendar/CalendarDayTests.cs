using Enbek.Domain.Calendar;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.Calendar;

public class CalendarDayTests
{
    [Theory]
    [InlineData("2025-01-05", CalendarDayKind.WorkingDayTransferred, true)]  // Sunday worked
    [InlineData("2024-05-04", CalendarDayKind.WorkingDayTransferred, true)]  // Saturday worked
    [InlineData("2024-05-03", CalendarDayKind.WorkingDayTransferred, false)] // a Friday is already a working day
    [InlineData("2024-05-08", CalendarDayKind.TransferredDayOff, true)]      // Wednesday made a day off
    [InlineData("2024-05-11", CalendarDayKind.TransferredDayOff, false)]     // a Saturday is already off
    [InlineData("2024-05-12", CalendarDayKind.TransferredDayOff, false)]
    [InlineData("2022-10-25", CalendarDayKind.Holiday, true)]                // a Tuesday
    [InlineData("2026-03-21", CalendarDayKind.Holiday, true)]                // Nauryz on a Saturday is still listed
    public void A_transfer_must_fall_on_the_right_side_of_the_week(string date, CalendarDayKind kind, bool fits)
    {
        Assert.Equal(fits, CalendarDay.KindFitsWeekday(ReferenceFiles.Date(date), kind));
    }
}
