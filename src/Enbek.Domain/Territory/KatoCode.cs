namespace Enbek.Domain.Territory;

/// <summary>
/// A code and name that a region or district carried for a period. KATO codes were reused and
/// renamed in 2018 and 2022, so a code is unique only within its validity period.
/// </summary>
public class KatoCode
{
    public long Id { get; set; }
    public TerritoryLevel Level { get; set; }
    public long UnitId { get; set; }
    public required string Code { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
