using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry.Rules;

namespace Enbek.Domain.Registry;

/// <summary>
/// The social contract (әлеуметтік келісімшарт) between the employment center and a participant — and an
/// employer, for a tripartite contract (labour mobility, 5.3.2): the measures, each side's obligations,
/// the term, and its life from signing to completion or termination. Signatories' names are kept as
/// signed, so the contract can be printed as it was.
/// </summary>
public class SocialContract : CenterOwnedRecord
{
    public long Id { get; set; }

    /// <summary>The center's own number for the year, given by the database without gaps.</summary>
    public string Number { get; set; } = string.Empty;
    public long IssuedByCenterId { get; set; }
    public long PersonId { get; set; }
    public long ApplicationId { get; set; }
    public DateOnly SignedOn { get; set; }
    public List<ProgrammeMeasure> Measures { get; set; } = [];
    public required string CenterObligations { get; set; }
    public required string ParticipantObligations { get; set; }

    /// <summary>The third side of a tripartite contract, from the employers' register.</summary>
    public long? EmployerId { get; set; }
    public string? EmployerObligations { get; set; }
    public string? EmployerSignatoryName { get; set; }

    /// <summary>Who signed for the center (the clerk or head), as signed.</summary>
    public required string CenterSignatoryName { get; set; }

    /// <summary>The participant's full name as signed.</summary>
    public required string ParticipantName { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }

    public SocialContractStatus Status { get; set; }
    public DateOnly? InForceOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? TerminatedOn { get; set; }
    public ContractTerminationReason? TerminationReason { get; set; }
    public string? TerminationText { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>PostgreSQL xmin: a step taken on a stale page is refused, not lost.</summary>
    public uint Version { get; set; }

    public bool IsOpen => Status is SocialContractStatus.Signed or SocialContractStatus.InForce;

    /// <summary>The date of the latest step: signing, then entry into force.</summary>
    public DateOnly LastStepOn => InForceOn ?? SignedOn;

    public RuleResult PutInForce(DateOnly on, DateOnly today) => Take(SocialContractStatus.InForce, on, today, null, null);

    public RuleResult Complete(DateOnly on, DateOnly today) => Take(SocialContractStatus.Completed, on, today, null, null);

    public RuleResult Terminate(DateOnly on, DateOnly today, ContractTerminationReason? reason, string? text) =>
        Take(SocialContractStatus.Terminated, on, today, reason, text);

    /// <summary>Takes the step when <see cref="SocialContractTransitionRule"/> allows it; the result says why not otherwise.</summary>
    private RuleResult Take(SocialContractStatus to, DateOnly on, DateOnly today, ContractTerminationReason? reason, string? text)
    {
        var result = SocialContractTransitionRule.Evaluate(Status, to, on, LastStepOn, TermStart, TermEnd, today, reason, text);
        if (!result.IsPassed)
        {
            return result;
        }

        Status = to;
        switch (to)
        {
            case SocialContractStatus.InForce:
                InForceOn = on;
                break;
            case SocialContractStatus.Completed:
                CompletedOn = on;
                break;
            default:
                TerminatedOn = on;
                TerminationReason = reason;
                TerminationText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
                break;
        }

        return result;
    }
}
