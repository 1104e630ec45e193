using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>
/// A person's application (өтініш) to take part in the programme, registered at an employment center
/// and decided by it: include the applicant as a participant, or refuse with a reason. The decision
/// keeps the rule results it was based on. Mistakes are voided with a reason, never deleted.
/// </summary>
public class ProgrammeApplication : CenterOwnedRecord
{
    public long Id { get; set; }

    /// <summary>The center's own number for the year (e.g. 2026-00017), given by the database without gaps.</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>The center that registered and numbered the application; it stays when the person moves.</summary>
    public long IssuedByCenterId { get; set; }
    public long PersonId { get; set; }

    /// <summary>The registration date; it orders the queues of the measures (public works first).</summary>
    public DateOnly AppliedOn { get; set; }
    public ApplicantCategory Category { get; set; }
    public List<ProgrammeMeasure> RequestedMeasures { get; set; } = [];
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedByName { get; set; }

    public ApplicationDecision Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecidedByName { get; set; }
    public ApplicationRefusalReason? RefusalReason { get; set; }
    public string? RefusalText { get; set; }

    /// <summary>The rule results the decision was based on, as jsonb, so the explanation survives later changes.</summary>
    public string? DecisionRules { get; set; }

    public bool IsVoided { get; set; }
    public string? VoidReason { get; set; }

    /// <summary>PostgreSQL xmin: two clerks deciding one application at once cannot both win.</summary>
    public uint Version { get; set; }

    public bool IsOpen => !IsVoided && Decision == ApplicationDecision.Pending;

    public void Include(DateOnly decidedOn, string decidedByName, string rulesJson)
    {
        EnsurePending();
        Decision = ApplicationDecision.Included;
        DecidedOn = decidedOn;
        DecidedByName = decidedByName;
        RefusalReason = null;
        RefusalText = null;
        DecisionRules = rulesJson;
    }

    public void Refuse(DateOnly decidedOn, string decidedByName, ApplicationRefusalReason reason, string? text, string rulesJson)
    {
        EnsurePending();
        Decision = ApplicationDecision.Refused;
        DecidedOn = decidedOn;
        DecidedByName = decidedByName;
        RefusalReason = reason;
        RefusalText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        DecisionRules = rulesJson;
    }

    public void Void(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required to void an application.", nameof(reason));
        }

        IsVoided = true;
        VoidReason = reason.Trim();
    }

    private void EnsurePending()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("Only an undecided application can be decided.");
        }
    }
}
