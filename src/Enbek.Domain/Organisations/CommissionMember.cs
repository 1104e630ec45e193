namespace Enbek.Domain.Organisations;

/// <summary>A member of a district or regional commission for a period; protocols and quorums count them.</summary>
public class CommissionMember
{
    public long Id { get; set; }
    public long CommissionId { get; set; }
    public Organisation? Commission { get; set; }
    public required string FullName { get; set; }
    public required string JobTitle { get; set; }
    public CommissionPosition Position { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public long? UserId { get; set; }

    public bool IsEnded => ValidTo is not null;

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Whether the membership shares at least one day with the period (an open end runs on for ever).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) =>
        ValidFrom <= (to ?? DateOnly.MaxValue) && from <= (ValidTo ?? DateOnly.MaxValue);

    /// <summary>Ends an open membership on the given day, which is its last day.</summary>
    public void End(DateOnly lastDay)
    {
        if (IsEnded)
        {
            throw new InvalidOperationException("The membership has already ended.");
        }

        if (lastDay < ValidFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, "A membership cannot end before it begins.");
        }

        ValidTo = lastDay;
    }
}
