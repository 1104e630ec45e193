namespace Enbek.Domain.Indicators;

public class IndicatorPlanValue
{
    public long Id { get; set; }
    public long IndicatorId { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
}
