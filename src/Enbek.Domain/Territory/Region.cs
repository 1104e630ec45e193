using Enbek.Domain.Common;

namespace Enbek.Domain.Territory;

/// <summary>An oblast or a city of republican significance; its KATO codes and names over time are in <see cref="KatoCode"/>.</summary>
public class Region
{
    public long Id { get; set; }
    public required string Kato { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public RegionKind Kind { get; set; }

    /// <summary>IANA zone whose history gives the local date of an instant in this region.</summary>
    public required string TimeZone { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public LocalisedName Name => new(NameKk, NameRu, NameEn);
}
