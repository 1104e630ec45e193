using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 5 (participation is in the active employment measures of the three directions, 5.1–5.3):
/// an application (өтініш) names at least one measure the applicant asks for.
/// </summary>
public static class ApplicationNamesMeasuresRule
{
    public const string Code = "REG-APP-MEASURES";
    public const string Section = "5";

    public static RuleResult Evaluate(IReadOnlyCollection<ProgrammeMeasure> requested)
    {
        var facts = new[] { new RuleFact("RequestedMeasures", string.Join(",", requested.Distinct().Order()), "measures") };
        return requested.Count > 0
            ? RuleResult.Pass(Code, Section, "The application names the measures asked for.", facts)
            : RuleResult.Fail(Code, Section, "Choose at least one measure.", facts);
    }
}
