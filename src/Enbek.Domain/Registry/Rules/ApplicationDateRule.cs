using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 5 (the center registers the application, өтініш, of a person it holds) and section 1 (a
/// person's data are processed only with their consent): the application is dated on or after the
/// consent to the processing of personal data and not after today.
/// </summary>
public static class ApplicationDateRule
{
    public const string Code = "REG-APP-DATE";
    public const string Section = "5";

    public static RuleResult Evaluate(DateOnly appliedOn, DateOnly consentGivenOn, DateOnly today)
    {
        RuleFact[] facts = [RuleFact.Date("AppliedOn", appliedOn), RuleFact.Date("ConsentGivenOn", consentGivenOn), RuleFact.Date("Today", today)];
        if (appliedOn > today)
        {
            return RuleResult.Fail(Code, Section, "The application cannot be dated in the future.", facts);
        }

        return appliedOn < consentGivenOn
            ? RuleResult.Fail(Code, Section, "The application cannot be dated before the consent to the processing of personal data.", facts)
            : RuleResult.Pass(Code, Section, "The application is dated between the consent and today.", facts);
    }
}
