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

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}
