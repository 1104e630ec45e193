using Enbek.Domain.Common;

namespace Enbek.Domain.Calendar;

/// <summary>
/// Working days of a five-day week: Saturday, Sunday, holidays and transferred days off are off,
/// unless a weekend day was made a working day. The calendar answers only inside the range it
/// covers; outside it throws rather than guess, since a deadline on a wrong day is a wrong decision.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string CalendarName = "working-day calendar";

    private readonly int _firstDayNumber;

    // _workingBefore[i]: working days in [CoveredFrom, CoveredFrom + i); length = covered days + 1.
    private readonly int[] _workingBefore;

    // DayNumber of every working day in the range, ascending; the k-th working day is _workingDays[k].
    private readonly int[] _workingDays;

    /// <summary>A calendar that covers whole years, from the first to the last year the days mention.</summary>
    public static WorkingDayCalendar ForWholeYearsOf(IReadOnlyCollection<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new WorkingDayCalendar(days, new DateOnly(days.Min(d => d.Date).Year, 1, 1), new DateOnly(days.Max(d => d.Date).Year, 12, 31));
    }

    public WorkingDayCalendar(IEnumerable<CalendarDay> days, DateOnly coveredFrom, DateOnly coveredTo)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (coveredTo < coveredFrom)
        {
            throw new ArgumentException("The covered range ends before it starts.", nameof(coveredTo));
        }

        CoveredFrom = coveredFrom;
        CoveredTo = coveredTo;
        _firstDayNumber = coveredFrom.DayNumber;
        var length = coveredTo.DayNumber - _firstDayNumber + 1;

        var isWorking = new bool[length];
        for (var i = 0; i < length; i++)
        {
            isWorking[i] = DateOnly.FromDayNumber(_firstDayNumber + i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }

        foreach (var day in days)
        {
            if (day.Date < coveredFrom || day.Date > coveredTo)
            {
                continue;
            }

            isWorking[day.Date.DayNumber - _firstDayNumber] = day.Kind == CalendarDayKind.WorkingDayTransferred;
        }

        _workingBefore = new int[length + 1];
        var working = new List<int>(length);
        for (var i = 0; i < length; i++)
        {
            if (isWorking[i])
            {
                working.Add(_firstDayNumber + i);
            }

            _workingBefore[i + 1] = working.Count;
        }

        _workingDays = [.. working];
    }

    public DateOnly CoveredFrom { get; }

    public DateOnly CoveredTo { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        var i = IndexOf(date);
        return _workingBefore[i + 1] > _workingBefore[i];
    }

    /// <summary>
    /// The day by which something "within <paramref name="n"/> working days after start" is due:
    /// the n-th working day after start, start itself not counted. With n = 0, start if it is a
    /// working day, else the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (n == 0)
        {
            return NextWorkingDayOnOrAfter(start);
        }

        var workingUpToStart = _workingBefore[IndexOf(start) + 1];
        return WorkingDayAt(workingUpToStart + n - 1);
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => WorkingDayAt(_workingBefore[IndexOf(date)]);

    /// <summary>Working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>.</summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(toInclusive), "The end is before the start.");
        }

        return _workingBefore[IndexOf(toInclusive) + 1] - _workingBefore[IndexOf(fromExclusive) + 1];
    }

    private int IndexOf(DateOnly date)
    {
        if (date < CoveredFrom || date > CoveredTo)
        {
            throw new ReferenceDataMissingException(CalendarName, date);
        }

        return date.DayNumber - _firstDayNumber;
    }

    private DateOnly WorkingDayAt(int ordinal)
    {
        if (ordinal >= _workingDays.Length)
        {
            // The answer lies past the covered range.
            throw new ReferenceDataMissingException(CalendarName, CoveredTo.AddDays(1));
        }

        return DateOnly.FromDayNumber(_workingDays[ordinal]);
    }
}
