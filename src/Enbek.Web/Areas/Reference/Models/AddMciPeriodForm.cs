namespace Enbek.Web.Areas.Reference.Models;

public sealed class AddMciPeriodForm : AddPeriodForm
{
    /// <summary>Only when the law keeps a different MCI for fines, taxes and other payments, as from 1 April 2022.</summary>
    public string? TengeFinesTaxesOther { get; set; }
}
