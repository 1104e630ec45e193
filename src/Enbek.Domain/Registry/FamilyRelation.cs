namespace Enbek.Domain.Registry;

public enum FamilyRelation
{
    Spouse,
    Child,
    Parent,
    Sibling,
    Other,
}
