using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>A member of the person's family, as the labour-mobility payments count them (section 5.3).</summary>
public class FamilyMember : CenterOwnedRecord
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public FamilyRelation Relation { get; set; }
    public required string FullName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Iin { get; set; }
}
