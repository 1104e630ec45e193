using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 2.1 item 7 and 5.3.2 item 7 of the center's duties (the center monitors the fulfilment of the
/// social contract and applies the consequences when it is not fulfilled): a contract goes signed → in
/// force → completed, or is terminated from signed or in force; a step is dated not before the previous
/// one and not after today; a termination names its reason (in words when "other") and falls inside the term.
/// </summary>
public static class SocialContractTransitionRule
{
    public const string Code = "REG-CONTRACT-LIFECYCLE";
    public const string Section = "2.1";

    public static bool IsAllowed(SocialContractStatus from, SocialContractStatus to) => (from, to) switch
    {
        (SocialContractStatus.Signed, SocialContractStatus.InForce) => true,
        (SocialContractStatus.InForce, SocialContractStatus.Completed) => true,
        (SocialContractStatus.Signed or SocialContractStatus.InForce, SocialContractStatus.Terminated) => true,
        _ => false,
    };

    public static RuleResult Evaluate(
        SocialContractStatus from, SocialContractStatus to, DateOnly on, DateOnly previousStepOn, DateOnly termStart, DateOnly termEnd, DateOnly today,
        ContractTerminationReason? reason = null, string? reasonText = null)
    {
        RuleFact[] facts =
        [
            new("From", from.ToString(), "status"), new("To", to.ToString(), "status"), RuleFact.Date("On", on),
            RuleFact.Date("PreviousStepOn", previousStepOn), RuleFact.Date("TermStart", termStart), RuleFact.Date("TermEnd", termEnd),
            RuleFact.Date("Today", today), new("TerminationReason", reason?.ToString() ?? string.Empty, "reason"),
        ];
        if (!IsAllowed(from, to))
        {
            return RuleResult.Fail(Code, Section, "This step is not allowed in the contract's present state.", facts);
        }

        if (on < previousStepOn || on > today)
        {
            return RuleResult.Fail(Code, Section, "The date must be between the previous step and today.", facts);
        }

        if (to != SocialContractStatus.Terminated)
        {
            return RuleResult.Pass(Code, Section, "The step follows the contract's order.", facts);
        }

        if (reason is null)
        {
            return RuleResult.Fail(Code, Section, "Choose the reason for the termination.", facts);
        }

        if (reason == ContractTerminationReason.Other && string.IsNullOrWhiteSpace(reasonText))
        {
            return RuleResult.Fail(Code, Section, "Describe the reason for the termination.", facts);
        }

        return on < termStart || on > termEnd
            ? RuleResult.Fail(Code, Section, "The termination date must fall inside the contract's term.", facts)
            : RuleResult.Pass(Code, Section, "The termination follows the contract's order.", facts);
    }
}
