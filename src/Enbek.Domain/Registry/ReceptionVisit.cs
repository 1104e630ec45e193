using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>
/// One visit or request to an employment center, as entered at reception. Its counts are the
/// denominator of indicators D3.1.1–D3.1.4 ("of those who applied to employment centers").
/// </summary>
public class ReceptionVisit : CenterOwnedRecord
{
    public long Id { get; set; }
    public DateTimeOffset VisitedAt { get; set; }
    public required string PersonName { get; set; }
    public string? Iin { get; set; }
    public string? Phone { get; set; }
    public VisitPurpose Purpose { get; set; }
    public VisitOutcome Outcome { get; set; }
    public string? Notes { get; set; }
    public long? ClerkUserId { get; set; }
    public required string ClerkName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
