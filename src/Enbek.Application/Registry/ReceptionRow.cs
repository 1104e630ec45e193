using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry;

public sealed record ReceptionRow(
    long Id, DateTimeOffset VisitedAt, string PersonName, string? Iin, string? Phone, VisitPurpose Purpose, VisitOutcome Outcome,
    string ClerkName, long CenterId, LocalisedName CenterName, string? Notes);
