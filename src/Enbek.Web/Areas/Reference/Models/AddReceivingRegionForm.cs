namespace Enbek.Web.Areas.Reference.Models;

public sealed class AddReceivingRegionForm
{
    public long? RegionId { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public string? Basis { get; set; }
}
