namespace Enbek.Domain.Organisations;

/// <summary>
/// Who sits on a district or regional commission: on any day it has at most one chair and one
/// secretary; deputy chairs and members are not limited.
/// </summary>
public static class CommissionComposition
{
    public static bool IsCommission(OrganisationKind kind) =>
        kind is OrganisationKind.DistrictCommission or OrganisationKind.RegionalCommission;

    public static bool IsSingleSeat(CommissionPosition position) =>
        position is CommissionPosition.Chair or CommissionPosition.Secretary;

    /// <summary>
    /// The member who already holds the position on some day of the period, when the position is a
    /// single seat; null when the seat is free for the whole period or the position is not limited.
    /// </summary>
    public static CommissionMember? SeatHolderDuring(
        IEnumerable<CommissionMember> members, CommissionPosition position, DateOnly from, DateOnly? to) =>
        IsSingleSeat(position) ? members.FirstOrDefault(m => m.Position == position && m.Overlaps(from, to)) : null;
}
