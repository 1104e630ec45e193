using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Organisations;

/// <summary>
/// Organisations an administrator manages: the ministry's administrators the whole country, a regional
/// body's administrators the organisations of their region. Organisations are deactivated, never deleted.
/// </summary>
public sealed class OrganisationAdminService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public IQueryable<Organisation> Manageable()
    {
        var scope = actor.Scope ?? throw new InvalidOperationException("No scope.");

        // An administrator's body is national or regional (AccessMatrix), so this is the country or a region.
        return db.Organisations.AsNoTracking().Within(scope);
    }

    public Task<List<Organisation>> ListAsync(OrganisationKind? kind, CancellationToken cancellationToken = default)
    {
        var query = Manageable().Include(o => o.Region).Include(o => o.District).AsQueryable();
        if (kind is { } k)
        {
            query = query.Where(o => o.Kind == k);
        }

        return query.OrderBy(o => o.Kind).ThenBy(o => o.NameKk).ToListAsync(cancellationToken);
    }

    public async Task<Organisation> GetAsync(long id, CancellationToken cancellationToken = default) =>
        await Manageable().Include(o => o.Region).Include(o => o.District).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organisation");

    public async Task<(ServiceResult Result, long Id)> CreateAsync(Organisation draft, CancellationToken cancellationToken = default)
    {
        var scope = actor.Scope ?? throw new InvalidOperationException("No scope.");
        var level = OrganisationScope.LevelOf(draft.Kind);
        if (scope.Level != ScopeLevel.Country && (level == ScopeLevel.Country || draft.RegionId != scope.RegionId))
        {
            return (ServiceResult.Fail(nameof(draft.RegionId), "OutsideYourRegion"), 0);
        }

        if ((level is ScopeLevel.Region or ScopeLevel.District or ScopeLevel.Center) && draft.RegionId is null)
        {
            return (ServiceResult.Fail(nameof(draft.RegionId), "RegionRequired"), 0);
        }

        if (level is ScopeLevel.District or ScopeLevel.Center)
        {
            var districtInRegion = draft.DistrictId is { } districtId
                && await db.Districts.AnyAsync(d => d.Id == districtId && d.RegionId == draft.RegionId && d.ValidTo == null, cancellationToken);
            if (!districtInRegion)
            {
                return (ServiceResult.Fail(nameof(draft.DistrictId), "DistrictRequired"), 0);
            }
        }
        else
        {
            draft.DistrictId = null;
        }

        if (level is ScopeLevel.Country)
        {
            draft.RegionId = null;
        }

        if (draft.Bin is { Length: > 0 } bin && await db.Organisations.AnyAsync(o => o.Bin == bin, cancellationToken))
        {
            return (ServiceResult.Fail(nameof(draft.Bin), "BinTaken"), 0);
        }

        draft.Bin = string.IsNullOrWhiteSpace(draft.Bin) ? null : draft.Bin;
        draft.CreatedAt = clock.GetUtcNow();
        draft.IsActive = true;
        db.Organisations.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return (ServiceResult.Ok, draft.Id);
    }

    public async Task SetActiveAsync(long id, bool active, CancellationToken cancellationToken = default)
    {
        var organisation = await Manageable().AsTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organisation");
        organisation.IsActive = active;
        await db.SaveChangesAsync(cancellationToken);
    }
}
