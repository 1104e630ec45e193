namespace Enbek.Domain.ReferenceData;

/// <summary>
/// Whether a new effective-dated period (the MCI or minimum wage of a new budget law) may follow the
/// periods already recorded, and which day the last of them then ends. The new period must start after
/// the last one starts, and no later than the day after the last one ends, so that no date is left
/// without a value; a last period still in force on the new start is closed the day before.
/// </summary>
public sealed record PeriodSuccession(PeriodSuccessionProblem Problem, DateOnly? CloseLastOn)
{
    public bool Allowed => Problem == PeriodSuccessionProblem.None;

    /// <param name="lastFrom">Start of the latest recorded period; null when there is none.</param>
    /// <param name="lastTo">End of that period; null while it is open.</param>
    /// <param name="newFrom">First day of the new period.</param>
    public static PeriodSuccession Of(DateOnly? lastFrom, DateOnly? lastTo, DateOnly newFrom)
    {
        if (lastFrom is not { } from)
        {
            return new(PeriodSuccessionProblem.None, null);
        }

        if (newFrom <= from)
        {
            return new(PeriodSuccessionProblem.StartsTooEarly, null);
        }

        if (lastTo is { } to && newFrom > to.AddDays(1))
        {
            return new(PeriodSuccessionProblem.LeavesGap, null);
        }

        return new(PeriodSuccessionProblem.None, lastTo is { } end && end < newFrom ? null : newFrom.AddDays(-1));
    }
}
