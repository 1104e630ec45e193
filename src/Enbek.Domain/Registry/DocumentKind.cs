namespace Enbek.Domain.Registry;

public enum DocumentKind
{
    IdentityDocument,
    Diploma,
    Certificate,
    Other,
}
