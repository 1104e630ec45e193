namespace Enbek.Domain.ReferenceData;

/// <summary>The MCI table; picks the MCI in force on the date of a decision or payment.</summary>
public sealed class MciSchedule
{
    private readonly EffectivePeriods<MciPeriod> _periods;

    public MciSchedule(IEnumerable<MciPeriod> periods)
    {
        _periods = new EffectivePeriods<MciPeriod>(periods, p => p.ValidFrom, p => p.ValidTo, "MCI");
    }

    public IReadOnlyList<MciPeriod> Periods => _periods.Items;

    public MciRate RateOn(DateOnly date, MciPurpose purpose)
    {
        var period = _periods.On(date);
        var tenge = purpose == MciPurpose.LimitOrCap
            ? period.TengeFinesTaxesOther ?? period.Tenge
            : period.Tenge;
        return new MciRate(period.ValidFrom, period.ValidTo, purpose, tenge);
    }
}
