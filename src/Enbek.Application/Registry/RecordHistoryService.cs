using Enbek.Data;
using Enbek.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry;

/// <summary>A record's history, read through app.record_history: empty unless the caller can see the record now.</summary>
public sealed class RecordHistoryService(EnbekDbContext db)
{
    public const string ReceptionVisits = "public.reception_visits";
    public const string Organisations = "public.organisations";
    public const string Users = "public.users";

    public Task<List<AuditEntry>> ForAsync(string table, long id, CancellationToken cancellationToken = default) =>
        db.AuditLog.FromSqlRaw("SELECT * FROM app.record_history({0}::regclass, {1})", table, id)
            .AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
}
