using Enbek.Application.Territory;
using Enbek.Domain.Audit;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>A settlement, its class changes, the row's audit history when the reader may see it, and the change form.</summary>
public sealed record SettlementDetailsViewModel(
    SettlementDetails Settlement,
    IReadOnlyList<SettlementClassChangeRow> Changes,
    IReadOnlyList<AuditEntry>? History,
    ChangeSettlementClassForm Form,
    bool CanManage);
