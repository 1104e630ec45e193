using Enbek.Domain.Common;
using Enbek.Domain.Employers;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>One social contract as its page (and later its print) shows it.</summary>
public sealed record ContractDetails(
    SocialContract Contract, string ApplicationNumber, string Iin, LocalisedName Center, Employer? Employer, bool HeldByActor);
