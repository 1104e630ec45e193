using Enbek.Domain.Common;

namespace Enbek.Domain.ReferenceData;

/// <summary>
/// Effective-dated rows sorted by start, checked for overlaps, looked up by binary search.
/// An empty start means "since before the data begins", an empty end "still in force".
/// </summary>
internal sealed class EffectivePeriods<T>
{
    private readonly T[] _items;
    private readonly DateOnly[] _starts;
    private readonly DateOnly[] _ends;
    private readonly string _name;

    public EffectivePeriods(IEnumerable<T> items, Func<T, DateOnly?> validFrom, Func<T, DateOnly?> validTo, string name)
    {
        ArgumentNullException.ThrowIfNull(items);
        _name = name;
        _items = [.. items.OrderBy(i => validFrom(i) ?? DateOnly.MinValue)];
        _starts = [.. _items.Select(i => validFrom(i) ?? DateOnly.MinValue)];
        _ends = [.. _items.Select(i => validTo(i) ?? DateOnly.MaxValue)];

        for (var i = 0; i < _items.Length; i++)
        {
            if (_ends[i] < _starts[i])
            {
                throw new ArgumentException($"{name}: period starting {_starts[i]:yyyy-MM-dd} ends before it starts.", nameof(items));
            }

            if (i > 0 && _starts[i] <= _ends[i - 1])
            {
                throw new ArgumentException($"{name}: period starting {_starts[i]:yyyy-MM-dd} overlaps the one starting {_starts[i - 1]:yyyy-MM-dd}.", nameof(items));
            }
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T On(DateOnly date)
    {
        // Index of the last period starting on or before the date.
        var index = Array.BinarySearch(_starts, date);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0 || _ends[index] < date)
        {
            throw new ReferenceDataMissingException(_name, date);
        }

        return _items[index];
    }
}
