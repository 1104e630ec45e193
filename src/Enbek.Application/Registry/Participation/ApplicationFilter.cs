using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Participation;

/// <summary>Filters of the center's application list, in the order of application (the queue).</summary>
public sealed class ApplicationFilter
{
    public ApplicationDecision? Decision { get; set; } = ApplicationDecision.Pending;
    public ProgrammeMeasure? Measure { get; set; }
    public DateOnly? AppliedFrom { get; set; }
    public DateOnly? AppliedTo { get; set; }
    public bool IncludeVoided { get; set; }

    /// <summary>Keyset: continue after this row (applied-on|id).</summary>
    public string? After { get; set; }
}
