namespace Enbek.Domain.Registry;

/// <summary>A social contract's life: signed, then in force, then completed — or terminated early.</summary>
public enum SocialContractStatus
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The contract's state, not a number type.")]
    Signed,
    InForce,
    Completed,
    Terminated,
}
