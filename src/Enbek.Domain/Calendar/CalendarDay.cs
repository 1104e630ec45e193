namespace Enbek.Domain.Calendar;

/// <summary>A day that differs from the plain Monday-to-Friday week.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind);
