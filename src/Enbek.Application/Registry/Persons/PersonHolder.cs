using Enbek.Domain.Common;

namespace Enbek.Application.Registry.Persons;

/// <summary>Which center holds a person and since when: all a clerk of another center may learn.</summary>
public sealed record PersonHolder(string Iin, long PersonId, long CenterId, LocalisedName CenterName, DateOnly HeldSince, bool IsActorsCenter);
