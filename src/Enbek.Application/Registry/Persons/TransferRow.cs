using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// A transfer request as both centers see it; <see cref="IsAddressedToActor"/> when the actor must
/// answer. The name is there only for the center that can see the person (row-level security).
/// </summary>
public sealed record TransferRow(
    long Id, long PersonId, string Iin, string? PersonName, PersonTransferStatus Status, DateTimeOffset RequestedAt, string RequestedByName, string? Note, DateOnly DueOn,
    DateTimeOffset? AnsweredAt, string? AnsweredByName, string? RefusalReason, bool IsAddressedToActor,
    LocalisedName HoldingCenter, LocalisedName RequestingCenter);
