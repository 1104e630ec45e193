namespace Enbek.Application.Registry.Participation;

/// <summary>A step in a social contract's life after signing.</summary>
public enum ContractStep
{
    PutInForce,
    Complete,
    Terminate,
}
