namespace Enbek.Domain.Organisations;

/// <summary>Lenders that issue credits and microcredits to participants (section 5.2.2).</summary>
public enum LenderKind
{
    Mfo,
    CreditPartnership,
    Bank,
    Acfs,
}
