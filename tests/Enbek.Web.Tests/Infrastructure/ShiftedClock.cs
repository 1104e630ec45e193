namespace Enbek.Web.Tests.Infrastructure;

/// <summary>The system clock moved forward by <see cref="Shift"/>.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
