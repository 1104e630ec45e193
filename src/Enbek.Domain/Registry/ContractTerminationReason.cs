namespace Enbek.Domain.Registry;

/// <summary>Why a social contract ended before its term; <see cref="Other"/> needs the reason in words.</summary>
public enum ContractTerminationReason
{
    ParticipantRequest,
    ObligationsNotFulfilled,
    FalseInformation,
    ParticipantMoved,
    ParticipantDied,
    Other,
}
