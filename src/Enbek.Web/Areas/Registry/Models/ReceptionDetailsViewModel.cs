using Enbek.Application.Registry;
using Enbek.Domain.Audit;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record ReceptionDetailsViewModel(ReceptionRow Visit, IReadOnlyList<AuditEntry> History);
