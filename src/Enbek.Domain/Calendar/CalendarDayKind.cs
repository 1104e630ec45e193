namespace Enbek.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A public holiday, listed even when it falls on a weekend.</summary>
    Holiday,

    /// <summary>A weekday made a day off (weekend holiday carried over, or a government transfer).</summary>
    TransferredDayOff,

    /// <summary>A weekend day made a working day by a transfer.</summary>
    WorkingDayTransferred,
}
