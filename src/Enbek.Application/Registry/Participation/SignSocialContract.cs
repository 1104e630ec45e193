using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>What a clerk enters to sign a social contract; an employer's BIN makes it tripartite.</summary>
public sealed record SignSocialContract(
    long ApplicationId, DateOnly SignedOn, DateOnly TermStart, DateOnly TermEnd, IReadOnlyList<ProgrammeMeasure> Measures,
    string CenterObligations, string ParticipantObligations, string? EmployerBin, string? EmployerObligations, string? EmployerSignatoryName);
