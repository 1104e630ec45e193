namespace Enbek.Domain.Registry;

/// <summary>Which direction each measure belongs to: training (5.1), entrepreneurship (5.2), jobs and mobility (5.3).</summary>
public static class ProgrammeMeasures
{
    public static ProgrammeDirection DirectionOf(ProgrammeMeasure measure) => measure switch
    {
        ProgrammeMeasure.Tvet or ProgrammeMeasure.ShortTermTraining or ProgrammeMeasure.Serpin or ProgrammeMeasure.Retraining
            => ProgrammeDirection.Training,
        ProgrammeMeasure.BastauBusiness or ProgrammeMeasure.Microcredit or ProgrammeMeasure.Guarantee or ProgrammeMeasure.StateGrant
            => ProgrammeDirection.Entrepreneurship,
        _ => ProgrammeDirection.Jobs,
    };

    /// <summary>The measures grouped by direction, in the order of the programme text.</summary>
    public static IReadOnlyList<IGrouping<ProgrammeDirection, ProgrammeMeasure>> ByDirection() =>
        [.. Enum.GetValues<ProgrammeMeasure>().GroupBy(DirectionOf).OrderBy(g => g.Key)];
}
