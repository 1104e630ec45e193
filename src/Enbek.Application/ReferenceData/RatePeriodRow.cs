namespace Enbek.Application.ReferenceData;

/// <summary>
/// One period of an effective-dated amount (MCI, minimum wage, subsistence minimum) as a page shows it.
/// <see cref="SecondTenge"/> is the general MCI where it differed from the one for social payments.
/// </summary>
public sealed record RatePeriodRow(DateOnly ValidFrom, DateOnly? ValidTo, decimal Tenge, decimal? SecondTenge, string? Confirmed, string? Source);
