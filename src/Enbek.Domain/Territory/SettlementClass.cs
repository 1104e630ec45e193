namespace Enbek.Domain.Territory;

/// <summary>The settlement classes of the microcredit limits (section 5.2.2).</summary>
public enum SettlementClass
{
    RuralSettlement,
    SmallTown,
    City,
    Monotown,

    /// <summary>Astana, Almaty, Aktau, Atyrau: the highest microcredit limit.</summary>
    SpecialCity,
}
