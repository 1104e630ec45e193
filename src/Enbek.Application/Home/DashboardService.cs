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

        var centers = CentersInScope(scope);
        var centerCount = await centers.CountAsync(cancellationToken);
        var accounts = db.Users.AsNoTracking().Where(u => u.OrganisationId == scope.OrganisationId && u.IsActive);
        return new DashboardFigures(
            organisation.NameKk, organisation.NameRu, organisation.NameEn,
            organisation.Region?.NameKk, organisation.Region?.NameRu, organisation.Region?.NameEn,
            organisation.District?.NameKk, organisation.District?.NameRu, organisation.District?.NameEn,
            visitsToday, visitsMonth, centerCount,
            await accounts.CountAsync(cancellationToken),
            await db.Users.CountAsync(u => u.IsActive && u.MustChangePassword && OrganisationsInScope(scope).Contains(u.OrganisationId), cancellationToken),
            [.. counts.Select(c => (names[c.CenterId].NameKk, names[c.CenterId].NameRu, names[c.CenterId].NameEn, c.Count))]);
    }

    private IQueryable<Organisation> CentersInScope(OrganisationScope scope) =>
        db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.EmploymentCenter && o.IsActive
            && (scope.Level == ScopeLevel.Country
                || (scope.Level == ScopeLevel.Region && o.RegionId == scope.RegionId)
                || (scope.Level == ScopeLevel.District && o.DistrictId == scope.DistrictId)
                || (scope.Level == ScopeLevel.Center && o.Id == scope.OrganisationId)));

    private IQueryable<long> OrganisationsInScope(OrganisationScope scope) =>
        db.Organisations.Where(o => scope.Level == ScopeLevel.Country
            || (scope.Level == ScopeLevel.Region && o.RegionId == scope.RegionId)
            || o.Id == scope.OrganisationId).Select(o => o.Id);
}
