namespace Enbek.Domain.Territory;

public class ProgrammeRegionListEntry
{
    public long Id { get; set; }
    public ProgrammeRegionListKind List { get; set; }
    public long RegionId { get; set; }
    public Region? Region { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public required string Basis { get; set; }
}
