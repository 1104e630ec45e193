namespace Enbek.Domain.Employers;

/// <summary>The size of a business as the Entrepreneurial Code grades it.</summary>
public enum EnterpriseSize
{
    Micro,
    Small,
    Medium,
    Large,
}
