using System.Globalization;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Audit;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Who outside the holding center looked at a person's record, and when: a VIEW row in the audit log
/// (the portal's role may insert audit rows, never change them).
/// </summary>
public sealed class OutsideViews(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task RecordAsync(string table, long id, string scopePath, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            OrganisationId = actor.Scope?.OrganisationId,
            TableName = table,
            RowKey = id.ToString(CultureInfo.InvariantCulture),
            Action = "VIEW",
            Changes = "{}",
            ScopePath = scopePath,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
