namespace Enbek.Domain.ReferenceData;

public enum PeriodSuccessionProblem
{
    None,

    /// <summary>The new period starts on or before the start of the last one.</summary>
    StartsTooEarly,

    /// <summary>Days between the end of the last period and the new start would have no value.</summary>
    LeavesGap,
}
