using Enbek.Domain.Registry;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class DecideApplicationForm
{
    /// <summary>The application's xmin when the page was shown.</summary>
    public uint Version { get; set; }
    public ApplicationDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public ApplicationRefusalReason? RefusalReason { get; set; }
    public string? RefusalText { get; set; }
}
