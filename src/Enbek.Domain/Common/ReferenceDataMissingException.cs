using System.Globalization;

namespace Enbek.Domain.Common;

/// <summary>
/// Reference data (MCI, minimum wage, calendar...) does not cover a date. Raised instead of
/// guessing, because a wrong figure in a decision is worse than a refused operation.
/// </summary>
public sealed class ReferenceDataMissingException : Exception
{
    public ReferenceDataMissingException(string what, DateOnly date)
        : base(string.Create(CultureInfo.InvariantCulture, $"No {what} reference data covers {date:yyyy-MM-dd}."))
    {
        What = what;
        Date = date;
    }

    public string What { get; }

    public DateOnly Date { get; }
}
