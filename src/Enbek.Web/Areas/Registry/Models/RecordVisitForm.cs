using Enbek.Domain.Registry;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class RecordVisitForm
{
    public DateTime? VisitedAt { get; set; }
    public string PersonName { get; set; } = string.Empty;
    public string? Iin { get; set; }
    public string? Phone { get; set; }
    public VisitPurpose? Purpose { get; set; }
    public VisitOutcome? Outcome { get; set; }
    public string? Notes { get; set; }
}
