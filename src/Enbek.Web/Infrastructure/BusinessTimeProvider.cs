namespace Enbek.Web.Infrastructure;

/// <summary>
/// The portal's clock. A configured business date (Enbek:BusinessDate) lets demos and tests stand on
/// any programme year; the time of day still runs.
/// </summary>
public sealed class BusinessTimeProvider(DateOnly? businessDate) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return businessDate is { } date
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.FromTimeSpan(now.TimeOfDay)), TimeSpan.Zero)
            : now;
    }
}
