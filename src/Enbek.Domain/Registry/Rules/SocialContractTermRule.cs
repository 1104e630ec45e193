using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 2.1 item 7 (the social contract sets the sides' rights and obligations for the time of
/// participation): the term ends after it starts, and the contract is signed on or before its first
/// day and not after today.
/// </summary>
public static class SocialContractTermRule
{
    public const string Code = "REG-CONTRACT-TERM";
    public const string Section = "2.1";

    public static RuleResult Evaluate(DateOnly signedOn, DateOnly termStart, DateOnly termEnd, DateOnly today)
    {
        RuleFact[] facts =
        [
            RuleFact.Date("SignedOn", signedOn), RuleFact.Date("TermStart", termStart), RuleFact.Date("TermEnd", termEnd), RuleFact.Date("Today", today),
        ];
        if (termEnd <= termStart)
        {
            return RuleResult.Fail(Code, Section, "The term must end after it starts.", facts);
        }

        if (signedOn > termStart)
        {
            return RuleResult.Fail(Code, Section, "The contract is signed on or before the first day of its term.", facts);
        }

        return signedOn > today
            ? RuleResult.Fail(Code, Section, "The contract cannot be signed in the future.", facts)
            : RuleResult.Pass(Code, Section, "The term and the signing date agree.", facts);
    }
}
