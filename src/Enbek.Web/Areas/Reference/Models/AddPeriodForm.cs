namespace Enbek.Web.Areas.Reference.Models;

/// <summary>A new period of an effective-dated amount: from a day, open-ended, with the law it comes from.</summary>
public abstract class AddPeriodForm
{
    public DateOnly? ValidFrom { get; set; }
    public string? Tenge { get; set; }
    public string? Source { get; set; }
}
