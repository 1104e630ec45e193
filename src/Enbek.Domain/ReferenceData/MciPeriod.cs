namespace Enbek.Domain.ReferenceData;

/// <summary>
/// One row of the MCI table. <see cref="TengeFinesTaxesOther"/> is set only where the general MCI
/// differed from the one for social payments.
/// </summary>
public sealed record MciPeriod(DateOnly ValidFrom, DateOnly? ValidTo, decimal Tenge, decimal? TengeFinesTaxesOther);
