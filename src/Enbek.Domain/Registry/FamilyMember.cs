using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>
/// A member of the person's family, as the labour-mobility payments count them (section 5.3). A wrong entry is corrected
/// (the audit keeps what it said) or voided with a reason, never deleted; a voided member is not counted.
/// </summary>
public class FamilyMember : CenterOwnedRecord
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public FamilyRelation Relation { get; set; }
    public required string FullName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Iin { get; set; }

    public bool IsVoided { get; set; }
    public string? VoidReason { get; set; }

    public void Correct(FamilyRelation relation, string fullName, DateOnly? birthDate, string? iin)
    {
        Relation = relation;
        FullName = fullName;
        BirthDate = birthDate;
        Iin = iin;
    }

    public void Void(string reason)
    {
        IsVoided = true;
        VoidReason = reason.Trim();
    }
}
