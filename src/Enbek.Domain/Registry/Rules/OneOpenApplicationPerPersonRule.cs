using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 5 (the center decides on each applicant's inclusion, өтініш → қатысушы): a person has at
/// most one application waiting for that decision, so that two decisions never compete for one person.
/// </summary>
public static class OneOpenApplicationPerPersonRule
{
    public const string Code = "REG-APP-ONE-OPEN";
    public const string Section = "5";

    public static RuleResult Evaluate(int undecidedApplicationsOfPerson)
    {
        var facts = new[] { RuleFact.Number("UndecidedApplications", undecidedApplicationsOfPerson, "applications") };
        return undecidedApplicationsOfPerson == 0
            ? RuleResult.Pass(Code, Section, "The person has no other application waiting for a decision.", facts)
            : RuleResult.Fail(Code, Section, "The person already has an application waiting for a decision.", facts);
    }
}
