using Enbek.Domain.Common;

namespace Enbek.Domain.ReferenceData;

/// <summary>The MCI in force for one purpose over one period; the only MCI-to-tenge conversion.</summary>
public sealed record MciRate(DateOnly ValidFrom, DateOnly? ValidTo, MciPurpose Purpose, decimal TengePerMci)
{
    /// <summary>
    /// Converts a number of MCI to tenge. The product is taken in full and rounded to tiyn once,
    /// which matters only for fractional MCI counts.
    /// </summary>
    public Money ToTenge(decimal mciCount) => new Money(mciCount * TengePerMci).RoundToTiyn();
}
