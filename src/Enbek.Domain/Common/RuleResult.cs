namespace Enbek.Domain.Common;

/// <summary>
/// What a programme rule decided and why: the stable rule code, the programme section, the
/// outcome, a resource key for the message and the facts the message is filled with.
/// </summary>
public sealed record RuleResult(
    string RuleCode,
    string Section,
    RuleOutcome Outcome,
    string MessageKey,
    IReadOnlyList<RuleFact> Facts)
{
    public bool IsPassed => Outcome == RuleOutcome.Passed;

    public static RuleResult Pass(string ruleCode, string section, string messageKey, params IReadOnlyList<RuleFact> facts) =>
        new(ruleCode, section, RuleOutcome.Passed, messageKey, facts);

    public static RuleResult Fail(string ruleCode, string section, string messageKey, params IReadOnlyList<RuleFact> facts) =>
        new(ruleCode, section, RuleOutcome.Failed, messageKey, facts);

    public static RuleResult NotApplicable(string ruleCode, string section, string messageKey, params IReadOnlyList<RuleFact> facts) =>
        new(ruleCode, section, RuleOutcome.NotApplicable, messageKey, facts);
}
