using Enbek.Application.Registry.Participation;
using Enbek.Domain.Registry;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class ContractStepForm
{
    /// <summary>The contract's xmin when the page was shown.</summary>
    public uint Version { get; set; }
    public ContractStep? Step { get; set; }
    public DateOnly? On { get; set; }
    public ContractTerminationReason? TerminationReason { get; set; }
    public string? TerminationText { get; set; }
}
