namespace Enbek.Domain.Territory;

public class SettlementClassChange
{
    public long Id { get; set; }
    public long SettlementId { get; set; }
    public SettlementClass OldClass { get; set; }
    public SettlementClass NewClass { get; set; }
    public required string Reason { get; set; }
    public long ChangedByUserId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
