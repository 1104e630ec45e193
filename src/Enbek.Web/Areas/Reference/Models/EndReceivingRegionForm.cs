namespace Enbek.Web.Areas.Reference.Models;

public sealed class EndReceivingRegionForm
{
    public DateOnly? LastDay { get; set; }
}
