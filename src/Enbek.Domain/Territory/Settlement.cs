using Enbek.Domain.Common;

namespace Enbek.Domain.Territory;

/// <summary>A settlement of KATO with its programme class, which an administrator may change (history kept).</summary>
public class Settlement
{
    public long Id { get; set; }
    public required string Kato { get; set; }
    public long RegionId { get; set; }
    public long? DistrictId { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public SettlementKind Kind { get; set; }
    public string? CityLevel { get; set; }
    public SettlementClass ProgrammeClass { get; set; }
    public SettlementClass DefaultClass { get; set; }
    public required string DefaultBasis { get; set; }

    /// <summary>KATO names settlements in Kazakh and Russian only; English readers get the Russian name.</summary>
    public LocalisedName Name => new(NameKk, NameRu, NameRu);

    public SettlementClassChange ChangeClass(SettlementClass newClass, string reason, long userId, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required to change a settlement's class.", nameof(reason));
        }

        var change = new SettlementClassChange
        {
            SettlementId = Id,
            OldClass = ProgrammeClass,
            NewClass = newClass,
            Reason = reason.Trim(),
            ChangedByUserId = userId,
            ChangedAt = at,
        };
        ProgrammeClass = newClass;
        return change;
    }
}
