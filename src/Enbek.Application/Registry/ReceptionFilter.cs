using Enbek.Domain.Registry;

namespace Enbek.Application.Registry;

/// <summary>Filters of the reception journal list; dates are local calendar days, both ends included.</summary>
public sealed class ReceptionFilter
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public VisitPurpose? Purpose { get; set; }
    public VisitOutcome? Outcome { get; set; }

    /// <summary>A name prefix or part, or a whole IIN.</summary>
    public string? Query { get; set; }
    public long? CenterId { get; set; }

    /// <summary>Keyset: continue after this row ("ticks.id").</summary>
    public string? After { get; set; }
}
