using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>One application as its page shows it: the applicant, the decision with the rules it rested on, its contract.</summary>
public sealed record ApplicationDetails(
    ProgrammeApplication Application, string PersonName, string Iin, LocalisedName Center, IReadOnlyList<RuleResult> DecisionRules,
    long? ContractId, string? ContractNumber, bool HeldByActor);
