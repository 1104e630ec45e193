using Enbek.Domain.Common;

namespace Enbek.Domain.Territory;

/// <summary>A district, a city of regional significance or a city district: the level of an employment center.</summary>
public class District
{
    public long Id { get; set; }
    public long RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Kato { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public DistrictKind Kind { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public LocalisedName Name => new(NameKk, NameRu, NameEn);
}
