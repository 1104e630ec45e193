namespace Enbek.Domain.Organisations;

/// <summary>How far an organisation's view of tenant records reaches.</summary>
public enum ScopeLevel
{
    /// <summary>Records addressed to the organisation only (lenders, guarantors, education organisations).</summary>
    Addressee,
    Center,
    District,
    Region,
    Country,
}
