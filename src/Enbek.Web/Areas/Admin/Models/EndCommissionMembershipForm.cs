namespace Enbek.Web.Areas.Admin.Models;

public sealed class EndCommissionMembershipForm
{
    /// <summary>The last day of the membership.</summary>
    public DateOnly? ValidTo { get; set; }
}
