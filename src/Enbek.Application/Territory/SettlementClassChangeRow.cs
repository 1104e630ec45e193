using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

/// <summary>Who changed a settlement's class, when, from what to what and why.</summary>
public sealed record SettlementClassChangeRow(DateTimeOffset ChangedAt, string? ChangedBy, SettlementClass OldClass, SettlementClass NewClass, string Reason);
