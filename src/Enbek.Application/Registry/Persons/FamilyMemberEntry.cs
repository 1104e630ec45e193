using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>A family member as typed on the case file: relation and name required, the IIN optional.</summary>
public sealed record FamilyMemberEntry(FamilyRelation Relation, string FullName, DateOnly? BirthDate, string? Iin);
