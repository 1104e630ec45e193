using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 5.3.4 item 13 and 5.3.2 (the center includes the applicant in the participants or refuses,
/// қосу не қосудан бас тарту туралы шешім): the decision is dated on or after the application and not
/// after today.
/// </summary>
public static class DecisionDateRule
{
    public const string Code = "REG-DECISION-DATE";
    public const string Section = "5.3.4";

    public static RuleResult Evaluate(DateOnly appliedOn, DateOnly decidedOn, DateOnly today)
    {
        RuleFact[] facts = [RuleFact.Date("AppliedOn", appliedOn), RuleFact.Date("DecidedOn", decidedOn), RuleFact.Date("Today", today)];
        if (decidedOn < appliedOn)
        {
            return RuleResult.Fail(Code, Section, "The decision cannot be dated before the application.", facts);
        }

        return decidedOn > today
            ? RuleResult.Fail(Code, Section, "The decision cannot be dated in the future.", facts)
            : RuleResult.Pass(Code, Section, "The decision is dated between the application and today.", facts);
    }
}
