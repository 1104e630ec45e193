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
        var byCenter = await (
                from v in visits.Where(v => v.VisitedAt >= startOfMonth)
                group v by v.CenterId into g
                join o in db.Organisations on g.Key equals o.Id
                orderby g.Count() descending
                select new { o.NameKk, o.NameRu, o.NameEn, Count = g.Count() })
            .Take(20).ToListAsync(cancellationToken);

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
            [.. byCenter.Select(c => (c.NameKk, c.NameRu, c.NameEn, c.Count))]);
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
