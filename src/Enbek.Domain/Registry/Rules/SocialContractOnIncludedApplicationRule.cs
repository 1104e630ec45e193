using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 2.1 item 7 and 5.3.2 (the social contract, әлеуметтік келісімшарт, is signed with a person
/// included in the participants, about their participation in active employment measures): a contract
/// rests on an included, not voided application of the same person, and covers some of the measures
/// that application asked for and no others.
/// </summary>
public static class SocialContractOnIncludedApplicationRule
{
    public const string Code = "REG-CONTRACT-APPLICATION";
    public const string Section = "2.1";

    public static RuleResult Evaluate(
        ApplicationDecision decision, bool applicationVoided, long applicationPersonId, long contractPersonId,
        IReadOnlyCollection<ProgrammeMeasure> requested, IReadOnlyCollection<ProgrammeMeasure> contracted)
    {
        var notRequested = contracted.Except(requested).Order().ToList();
        RuleFact[] facts =
        [
            new("Decision", applicationVoided ? "Voided" : decision.ToString(), "decision"),
            new("RequestedMeasures", string.Join(",", requested.Distinct().Order()), "measures"),
            new("ContractMeasures", string.Join(",", contracted.Distinct().Order()), "measures"),
        ];
        if (applicationVoided || decision != ApplicationDecision.Included)
        {
            return RuleResult.Fail(Code, Section, "A social contract is signed only on an application whose applicant was included.", facts);
        }

        if (applicationPersonId != contractPersonId)
        {
            return RuleResult.Fail(Code, Section, "The social contract and the application are of different people.", facts);
        }

        if (contracted.Count == 0)
        {
            return RuleResult.Fail(Code, Section, "Choose at least one measure.", facts);
        }

        return notRequested.Count > 0
            ? RuleResult.Fail(Code, Section, "The contract may cover only measures the application asked for.", facts)
            : RuleResult.Pass(Code, Section, "The contract rests on the included application and its measures.", facts);
    }
}
