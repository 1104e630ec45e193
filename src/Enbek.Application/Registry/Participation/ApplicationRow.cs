using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

public sealed record ApplicationRow(
    long Id, string Number, long PersonId, string PersonName, DateOnly AppliedOn, ApplicantCategory Category,
    IReadOnlyList<ProgrammeMeasure> Measures, ApplicationDecision Decision, DateOnly? DecidedOn, bool IsVoided);
