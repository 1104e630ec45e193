namespace Enbek.Domain.Common;

public enum RuleOutcome
{
    Passed,
    Failed,
    NotApplicable,
}
