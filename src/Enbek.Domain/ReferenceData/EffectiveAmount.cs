namespace Enbek.Domain.ReferenceData;

/// <summary>An amount in tenge fixed for a period, such as the minimum wage for a year.</summary>
public sealed record EffectiveAmount(DateOnly ValidFrom, DateOnly? ValidTo, decimal Tenge);
