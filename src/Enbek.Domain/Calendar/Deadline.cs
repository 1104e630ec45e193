namespace Enbek.Domain.Calendar;

/// <summary>A date by which something must be done, and the rule that sets it.</summary>
public sealed record Deadline(DateOnly Due, string RuleCode)
{
    /// <summary>"Within N working days after start", counted on the calendar.</summary>
    public static Deadline WorkingDaysAfter(WorkingDayCalendar calendar, DateOnly start, int workingDays, string ruleCode)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new Deadline(calendar.AddWorkingDays(start, workingDays), ruleCode);
    }

    /// <summary>The due day itself is still in time; judged on the local date of the region.</summary>
    public bool IsOverdueOn(DateOnly localToday) => localToday > Due;
}
