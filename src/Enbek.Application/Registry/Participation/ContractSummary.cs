using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>A social contract on the case file; <see cref="HeldHere"/> when it belongs to the reader's center.</summary>
public sealed record ContractSummary(
    long Id, string Number, long CenterId, long ApplicationId, DateOnly SignedOn, DateOnly TermStart, DateOnly TermEnd, SocialContractStatus Status,
    DateOnly? InForceOn, DateOnly? CompletedOn, DateOnly? TerminatedOn, ContractTerminationReason? TerminationReason,
    IReadOnlyList<ProgrammeMeasure> Measures, string? EmployerName, bool HeldHere);
