using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 5.3.2 (a refusal gives its reason, бас тарту себебін негіздей отырып): a refusal names a
/// reason from the list, and says it in words when the reason is "other".
/// </summary>
public static class RefusalReasonRule
{
    public const string Code = "REG-REFUSAL-REASON";
    public const string Section = "5.3.2";

    public static RuleResult Evaluate(ApplicationDecision decision, ApplicationRefusalReason? reason, string? text)
    {
        RuleFact[] facts = [new("Decision", decision.ToString(), "decision"), new("RefusalReason", reason?.ToString() ?? string.Empty, "reason")];
        if (decision != ApplicationDecision.Refused)
        {
            return RuleResult.NotApplicable(Code, Section, "Only a refusal needs a reason.", facts);
        }

        if (reason is null)
        {
            return RuleResult.Fail(Code, Section, "Choose the reason for the refusal.", facts);
        }

        return reason == ApplicationRefusalReason.Other && string.IsNullOrWhiteSpace(text)
            ? RuleResult.Fail(Code, Section, "Describe the reason for the refusal.", facts)
            : RuleResult.Pass(Code, Section, "The refusal gives its reason.", facts);
    }
}
