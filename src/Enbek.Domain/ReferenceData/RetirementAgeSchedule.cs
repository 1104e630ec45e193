using Enbek.Domain.Common;

namespace Enbek.Domain.ReferenceData;

/// <summary>Retirement age by sex and date (women's age rose from 58 towards 63 from 2018).</summary>
public sealed class RetirementAgeSchedule
{
    private readonly Dictionary<Sex, EffectivePeriods<RetirementAgePeriod>> _bySex;

    public RetirementAgeSchedule(IEnumerable<RetirementAgePeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var all = periods.ToList();
        foreach (var period in all)
        {
            if (period.Years < 0 || period.Months is < 0 or > 11)
            {
                throw new ArgumentException($"Retirement age {period.Years}y {period.Months}m is not valid.", nameof(periods));
            }
        }

        _bySex = Enum.GetValues<Sex>().ToDictionary(
            sex => sex,
            sex => new EffectivePeriods<RetirementAgePeriod>(
                all.Where(p => p.Sex == sex), p => p.ValidFrom, p => p.ValidTo, $"retirement age ({sex})"));
        Periods = all;
    }

    public IReadOnlyList<RetirementAgePeriod> Periods { get; }

    public (int Years, int Months) AgeOn(DateOnly date, Sex sex)
    {
        var period = _bySex[sex].On(date);
        return (period.Years, period.Months);
    }

    /// <summary>
    /// True while the person has not yet reached the retirement age in force on <paramref name="onDate"/>.
    /// The age is reached on the birthday itself; years and months are added in one step so that a
    /// 29 February or 31st birth date is clamped only once.
    /// </summary>
    public bool IsBelowRetirementAge(DateOnly birthDate, Sex sex, DateOnly onDate)
    {
        var (years, months) = AgeOn(onDate, sex);
        var reachedOn = birthDate.AddMonths((years * 12) + months);
        return onDate < reachedOn;
    }
}
