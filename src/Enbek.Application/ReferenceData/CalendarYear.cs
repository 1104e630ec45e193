namespace Enbek.Application.ReferenceData;

/// <summary>
/// A year of the calendar: its special days, and the working days of each month as the rules count
/// them (null when the working-day calendar does not cover the year).
/// </summary>
public sealed record CalendarYear(int Year, IReadOnlyList<CalendarDayRow> Days, IReadOnlyList<int>? WorkingDaysByMonth, int FirstYear, int LastYear);
