using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

public sealed record ContractRow(
    long Id, string Number, long PersonId, string PersonName, DateOnly SignedOn, DateOnly TermStart, DateOnly TermEnd,
    SocialContractStatus Status, string? EmployerName);
