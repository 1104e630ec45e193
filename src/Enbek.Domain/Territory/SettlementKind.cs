namespace Enbek.Domain.Territory;

public enum SettlementKind
{
    City,
    Village,
    SettlementTownship,
}
