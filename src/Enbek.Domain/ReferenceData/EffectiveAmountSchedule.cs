using Enbek.Domain.Common;

namespace Enbek.Domain.ReferenceData;

/// <summary>
/// A value that changes by date (minimum wage, subsistence minimum). The name appears in the
/// error when a date is not covered.
/// </summary>
public sealed class EffectiveAmountSchedule
{
    public const string MinimumWageName = "minimum wage";
    public const string SubsistenceMinimumName = "subsistence minimum";

    private readonly EffectivePeriods<EffectiveAmount> _periods;

    public EffectiveAmountSchedule(string name, IEnumerable<EffectiveAmount> periods)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _periods = new EffectivePeriods<EffectiveAmount>(periods, p => p.ValidFrom, p => p.ValidTo, name);
    }

    public string Name { get; }

    public IReadOnlyList<EffectiveAmount> Periods => _periods.Items;

    public static EffectiveAmountSchedule MinimumWage(IEnumerable<EffectiveAmount> periods) =>
        new(MinimumWageName, periods);

    public static EffectiveAmountSchedule SubsistenceMinimum(IEnumerable<EffectiveAmount> periods) =>
        new(SubsistenceMinimumName, periods);

    public Money On(DateOnly date) => new(_periods.On(date).Tenge);
}
