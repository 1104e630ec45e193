namespace Enbek.Web.Areas.Reference.Models;

public sealed class AddAmountPeriodForm : AddPeriodForm
{
    /// <summary>minimum_wage or subsistence_minimum.</summary>
    public string? Kind { get; set; }
}
