using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>An application on the case file; <see cref="HeldHere"/> when it belongs to the reader's center (it links to its page).</summary>
public sealed record ApplicationSummary(
    long Id, string Number, long CenterId, DateOnly AppliedOn, ApplicantCategory Category, IReadOnlyList<ProgrammeMeasure> Measures,
    ApplicationDecision Decision, DateOnly? DecidedOn, string? DecidedByName, ApplicationRefusalReason? RefusalReason, string? RefusalText,
    bool IsVoided, string? VoidReason, bool HeldHere);
