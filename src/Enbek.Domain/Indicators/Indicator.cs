namespace Enbek.Domain.Indicators;

/// <summary>
/// An indicator of the programme with its plan values from one source. The section 4 tables and the
/// action plan disagree on some values; both are kept, one row per plan source.
/// </summary>
public class Indicator
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public IndicatorLevel Level { get; set; }
    public string? Direction { get; set; }
    public required string SourceTable { get; set; }
    public required string NameKk { get; set; }
    public required string NameEn { get; set; }
    public required string Unit { get; set; }
    public required string DataSource { get; set; }
    public required string DirectionOfGood { get; set; }
    public required string PlanSource { get; set; }
    public List<IndicatorPlanValue> PlanValues { get; set; } = [];
}
