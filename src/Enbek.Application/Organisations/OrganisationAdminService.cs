using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Organisations;

/// <summary>
/// Organisations an administrator manages: the ministry's administrators the whole country, a regional
/// body's administrators the organisations of their region. Organisations are deactivated, never deleted.
/// </summary>
public sealed class OrganisationAdminService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    private OrganisationScope Scope => actor.Scope ?? throw new InvalidOperationException("No scope.");

    /// <summary>
    /// An administrator's body is national or regional (AccessMatrix), so this is the country or a region.
    /// </summary>
    public IQueryable<Organisation> Manageable() => db.Organisations.AsNoTracking().Within(Scope);

    /// <summary>
    /// The ids of the manageable organisations, for use inside another query (with no tracking operator,
    /// which would otherwise apply to the whole outer query).
    /// </summary>
    public IQueryable<long> ManageableIds() => db.Organisations.Within(Scope).Select(o => o.Id);

    /// <summary>Kinds the administrator may create: a regional administrator no national body.</summary>
    public IReadOnlyList<OrganisationKind> CreatableKinds() =>
        [.. Enum.GetValues<OrganisationKind>().Where(k => Scope.Level == ScopeLevel.Country || OrganisationScope.LevelOf(k) != ScopeLevel.Country)];

    /// <summary>The current regions and districts the administrator may place an organisation in.</summary>
    public async Task<TerritoryChoices> TerritoryChoicesAsync(CancellationToken cancellationToken = default)
    {
        var regions = await ManageableRegions().OrderBy(r => r.Kato).ToListAsync(cancellationToken);
        var regionIds = regions.Select(r => r.Id).ToList();
        var districts = await db.Districts.AsNoTracking()
            .Where(d => d.ValidTo == null && regionIds.Contains(d.RegionId))
            .OrderBy(d => d.Kato).ToListAsync(cancellationToken);
        return new TerritoryChoices(regions, districts);
    }

    public Task<List<OrganisationSummary>> ListAsync(OrganisationFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Manageable();
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (filter.RegionId is { } regionId)
        {
            query = query.Where(o => o.RegionId == regionId);
        }

        if (filter.Active is { } active)
        {
            query = query.Where(o => o.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim();
            var pattern = TextSearch.Containing(text);
            query = query.Where(o => EF.Functions.ILike(o.NameKk, pattern) || EF.Functions.ILike(o.NameRu, pattern)
                || EF.Functions.ILike(o.NameEn, pattern) || (o.Bin != null && o.Bin.StartsWith(text)));
        }

        return SummariesAsync(
            query.OrderBy(o => o.Kind).ThenBy(o => o.Region!.Kato).ThenBy(o => o.District!.Kato).ThenBy(o => o.NameKk),
            cancellationToken);
    }

    public async Task<OrganisationSummary> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await SummariesAsync(Manageable().Where(o => o.Id == id), cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Organisation");

    public async Task<(ServiceResult Result, long Id)> CreateAsync(Organisation draft, CancellationToken cancellationToken = default)
    {
        var scope = Scope;
        var level = OrganisationScope.LevelOf(draft.Kind);
        if (!CreatableKinds().Contains(draft.Kind))
        {
            return (ServiceResult.Fail(nameof(draft.Kind), "KindNotYours"), 0);
        }

        if (draft.Kind == OrganisationKind.Lender && draft.LenderKind is null)
        {
            return (ServiceResult.Fail(nameof(draft.LenderKind), "LenderKindRequired"), 0);
        }

        if (draft.RegionId is { } regionId && !await ManageableRegions().AnyAsync(r => r.Id == regionId, cancellationToken))
        {
            return (ServiceResult.Fail(nameof(draft.RegionId), "OutsideYourRegion"), 0);
        }

        if (scope.Level != ScopeLevel.Country && draft.RegionId != scope.RegionId)
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

        draft.Bin = BinOrNull(draft.Bin);
        if (await BinTakenAsync(draft.Bin, null, cancellationToken))
        {
            return (ServiceResult.Fail(nameof(draft.Bin), "BinTaken"), 0);
        }

        draft.LenderKind = draft.Kind == OrganisationKind.Lender ? draft.LenderKind : null;
        draft.CreatedAt = clock.GetUtcNow();
        draft.IsActive = true;
        db.Organisations.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return (ServiceResult.Ok, draft.Id);
    }

    /// <summary>Renames an organisation or corrects its BIN; kind and territory stay as created.</summary>
    public async Task<ServiceResult> UpdateAsync(long id, OrganisationNames names, CancellationToken cancellationToken = default)
    {
        var organisation = await TrackedAsync(id, cancellationToken);
        var bin = BinOrNull(names.Bin);
        if (await BinTakenAsync(bin, id, cancellationToken))
        {
            return ServiceResult.Fail(nameof(names.Bin), "BinTaken");
        }

        organisation.NameKk = names.NameKk.Trim();
        organisation.NameRu = names.NameRu.Trim();
        organisation.NameEn = names.NameEn.Trim();
        organisation.Bin = bin;
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    /// <summary>Deactivates or reactivates an organisation; an administrator cannot deactivate their own.</summary>
    public async Task<ServiceResult> SetActiveAsync(long id, bool active, CancellationToken cancellationToken = default)
    {
        var organisation = await TrackedAsync(id, cancellationToken);
        if (!active && organisation.Id == Scope.OrganisationId)
        {
            return ServiceResult.Fail(string.Empty, "CannotDeactivateOwnOrganisation");
        }

        organisation.IsActive = active;
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    private IQueryable<Region> ManageableRegions()
    {
        var scope = Scope;
        var regions = db.Regions.AsNoTracking().Where(r => r.ValidTo == null);
        return scope.Level == ScopeLevel.Country ? regions : regions.Where(r => r.Id == scope.RegionId);
    }

    private static async Task<List<OrganisationSummary>> SummariesAsync(IQueryable<Organisation> query, CancellationToken cancellationToken)
    {
        var rows = await query.Select(o => new
        {
            o.Id, o.Kind, o.LenderKind, o.NameKk, o.NameRu, o.NameEn, o.Bin, o.RegionId, o.DistrictId, o.IsActive, o.CreatedAt,
            Region = o.Region == null ? null : new { o.Region.NameKk, o.Region.NameRu, o.Region.NameEn },
            District = o.District == null ? null : new { o.District.NameKk, o.District.NameRu, o.District.NameEn },
        }).ToListAsync(cancellationToken);
        return [.. rows.Select(o => new OrganisationSummary(
            o.Id, o.Kind, o.LenderKind, new LocalisedName(o.NameKk, o.NameRu, o.NameEn), o.Bin,
            o.RegionId, o.Region is { } r ? new LocalisedName(r.NameKk, r.NameRu, r.NameEn) : null,
            o.DistrictId, o.District is { } d ? new LocalisedName(d.NameKk, d.NameRu, d.NameEn) : null,
            o.IsActive, o.CreatedAt))];
    }

    private async Task<Organisation> TrackedAsync(long id, CancellationToken cancellationToken) =>
        await Manageable().AsTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("Organisation");

    private static string? BinOrNull(string? bin) => string.IsNullOrWhiteSpace(bin) ? null : bin.Trim();

    private Task<bool> BinTakenAsync(string? bin, long? exceptId, CancellationToken cancellationToken) =>
        bin is null
            ? Task.FromResult(false)
            : db.Organisations.AnyAsync(o => o.Bin == bin && o.Id != exceptId, cancellationToken);
}
