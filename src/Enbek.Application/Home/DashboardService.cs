using Enbek.Application.Organisations;
using Enbek.Application.Registry;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Home;

/// <summary>The counts every home page starts from, taken within the actor's scope.</summary>
public sealed class DashboardService(EnbekDbContext db, ICurrentActor actor, ReceptionJournalService journal)
{
    public async Task<DashboardFigures> ForActorAsync(CancellationToken cancellationToken = default)
    {
        var scope = actor.Scope ?? throw new InvalidOperationException("No scope.");
        var organisation = await db.Organisations.AsNoTracking()
            .Include(o => o.Region).Include(o => o.District)
            .SingleAsync(o => o.Id == scope.OrganisationId, cancellationToken);
        var today = journal.Today();
        var startOfDay = ReceptionJournalService.StartOfLocalDay(today);
        var startOfMonth = ReceptionJournalService.StartOfLocalDay(new DateOnly(today.Year, today.Month, 1));

        // The tenant filter already limits visits to the scope; an addressee sees none.
        var visits = db.ReceptionVisits.AsNoTracking();
        var visitsToday = await visits.CountAsync(v => v.VisitedAt >= startOfDay, cancellationToken);
        var visitsMonth = await visits.CountAsync(v => v.VisitedAt >= startOfMonth, cancellationToken);
        var counts = await visits.Where(v => v.VisitedAt >= startOfMonth)
            .GroupBy(v => v.CenterId)
            .Select(g => new { CenterId = g.Key, Count = g.Count() })
            .OrderByDescending(c => c.Count).Take(20)
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.CenterId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);

        var inScope = db.Organisations.AsNoTracking().Within(scope);
        var centerCount = await inScope.CountAsync(o => o.Kind == OrganisationKind.EmploymentCenter && o.IsActive, cancellationToken);
        var accounts = db.Users.AsNoTracking().Where(u => u.OrganisationId == scope.OrganisationId && u.IsActive);
        return new DashboardFigures(
            organisation.Name, organisation.Region?.Name, organisation.District?.Name,
            visitsToday, visitsMonth, centerCount,
            await accounts.CountAsync(cancellationToken),
            await db.Users.CountAsync(u => u.IsActive && u.MustChangePassword && inScope.Select(o => o.Id).Contains(u.OrganisationId), cancellationToken),
            await db.Persons.CountAsync(p => !p.IsVoided, cancellationToken),
            [.. counts.Select(c => (names[c.CenterId].Name, c.Count))]);
    }
}
