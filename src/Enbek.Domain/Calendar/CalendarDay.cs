namespace Enbek.Domain.Calendar;

/// <summary>A day that differs from the plain Monday-to-Friday week.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind)
{
    /// <summary>
    /// A transfer only makes sense on the right side of the week: a working day is transferred onto a
    /// Saturday or Sunday, a day off onto a weekday. A holiday is listed on whatever day it falls.
    /// </summary>
    public static bool KindFitsWeekday(DateOnly date, CalendarDayKind kind)
    {
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return kind switch
        {
            CalendarDayKind.WorkingDayTransferred => weekend,
            CalendarDayKind.TransferredDayOff => !weekend,
            _ => true,
        };
    }
}
