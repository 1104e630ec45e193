namespace Enbek.Data;

/// <summary>A stored effective-dated tenge amount: minimum wage or subsistence minimum by period.</summary>
public class EffectiveAmountRow
{
    public const string MinimumWage = "minimum_wage";
    public const string SubsistenceMinimum = "subsistence_minimum";

    public long Id { get; set; }
    public required string Kind { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public decimal Tenge { get; set; }
    public string? Confirmed { get; set; }
    public string? Source { get; set; }
}
