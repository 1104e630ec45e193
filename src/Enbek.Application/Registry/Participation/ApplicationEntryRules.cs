using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Domain.Registry.Rules;

namespace Enbek.Application.Registry.Participation;

/// <summary>
/// What a new application must satisfy and the application it makes, whether it is typed into the form
/// for a registered person or read from a file with the person, so the two ways in never disagree.
/// </summary>
internal static class ApplicationEntryRules
{
    /// <summary>The rules of a new application, each with the field (of <see cref="SubmitApplication"/>) its refusal stands next to.</summary>
    public static (RuleResult Result, string Field)[] Check(
        DateOnly appliedOn, DateOnly consentGivenOn, IReadOnlyCollection<ProgrammeMeasure> measures, int undecidedApplicationsOfPerson, DateOnly today) =>
    [
        (ApplicationDateRule.Evaluate(appliedOn, consentGivenOn, today), nameof(SubmitApplication.AppliedOn)),
        (ApplicationNamesMeasuresRule.Evaluate(measures), nameof(SubmitApplication.Measures)),
        (OneOpenApplicationPerPersonRule.Evaluate(undecidedApplicationsOfPerson), nameof(SubmitApplication.PersonId)),
    ];

    /// <summary>
    /// The person's undecided application, recorded now by the clerk, and the dated status its category
    /// declares when that differs from the person's current one (the person's status moves with it).
    /// </summary>
    public static (ProgrammeApplication Application, EmploymentStatusChange? DeclaredStatus) New(
        Person person, DateOnly appliedOn, ApplicantCategory category, IEnumerable<ProgrammeMeasure> measures, string? note,
        DateTimeOffset recordedAt, string recordedByName)
    {
        var application = new ProgrammeApplication
        {
            PersonId = person.Id,
            CenterId = person.CenterId,
            AppliedOn = appliedOn,
            Category = category,
            RequestedMeasures = [.. measures.Distinct().Order()],
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedAt = recordedAt,
            RecordedByName = recordedByName,
            Decision = ApplicationDecision.Pending,
        };
        return (application, person.DeclareOnApplying(category, appliedOn, recordedAt));
    }
}
