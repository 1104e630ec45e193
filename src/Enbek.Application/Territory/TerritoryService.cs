using Enbek.Application.Common;
using Enbek.Application.ReferenceData;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Territory;

/// <summary>
/// Regions, districts and settlements of KATO with their history, the programme's region lists, and
/// the ministry administrator's edits to settlement classes and to the receiving regions of labour mobility.
/// </summary>
public sealed class TerritoryService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const int PageSize = 50;

    public Task<List<RegionRow>> RegionsAsync() => RegionRows(db.Regions.AsNoTracking().OrderBy(r => r.Kato)).ToListAsync();

    public async Task<RegionDetails> RegionAsync(long id)
    {
        var region = await RegionRows(db.Regions.AsNoTracking().Where(r => r.Id == id)).SingleOrDefaultAsync()
            ?? throw new NotFoundException("Region");
        var districts = await db.Districts.AsNoTracking().Where(d => d.RegionId == id)
            .OrderBy(d => d.ValidTo != null).ThenBy(d => d.Kato).ToListAsync();
        var districtIds = districts.Select(d => d.Id).ToList();
        var codes = await db.KatoCodes.AsNoTracking()
            .Where(k => (k.Level == TerritoryLevel.District && districtIds.Contains(k.UnitId)) || (k.Level == TerritoryLevel.Region && k.UnitId == id))
            .OrderBy(k => k.ValidFrom).ToListAsync();

        List<KatoPeriodRow> CodesOf(TerritoryLevel level, long unitId) =>
            [.. codes.Where(k => k.Level == level && k.UnitId == unitId).Select(k => new KatoPeriodRow(k.Code, new LocalisedName(k.NameKk, k.NameRu, k.NameEn), k.ValidFrom, k.ValidTo))];

        return new RegionDetails(
            region,
            CodesOf(TerritoryLevel.Region, id),
            [.. districts.Select(d => new DistrictRow(d.Id, d.Kato, d.Name, d.Kind, d.ValidFrom, d.ValidTo, CodesOf(TerritoryLevel.District, d.Id)))]);
    }

    /// <summary>A region's or district's KATO codes and names over time.</summary>
    public Task<List<KatoCode>> KatoHistoryAsync(TerritoryLevel level, long unitId) =>
        db.KatoCodes.AsNoTracking().Where(k => k.Level == level && k.UnitId == unitId).OrderBy(k => k.ValidFrom).ToListAsync();

    /// <summary>Districts in force today, for address and organisation forms.</summary>
    public Task<List<District>> CurrentDistrictsAsync() =>
        db.Districts.AsNoTracking().Where(d => d.ValidTo == null).OrderBy(d => d.Kato).ToListAsync();

    /// <summary>Regions and districts in force today and every settlement by KATO code, for addresses read from a file.</summary>
    public async Task<KatoIndex> KatoIndexAsync(CancellationToken cancellationToken = default)
    {
        var regions = await db.Regions.AsNoTracking().Where(r => r.ValidTo == null).Select(r => new { r.Kato, r.Id }).ToListAsync(cancellationToken);
        var districts = await db.Districts.AsNoTracking().Where(d => d.ValidTo == null).Select(d => new { d.Kato, d.Id }).ToListAsync(cancellationToken);
        var settlements = await db.Settlements.AsNoTracking().Select(s => new { s.Kato, s.Id }).ToListAsync(cancellationToken);
        return new KatoIndex(
            regions.DistinctBy(r => r.Kato).ToDictionary(r => r.Kato, r => r.Id, StringComparer.Ordinal),
            districts.DistinctBy(d => d.Kato).ToDictionary(d => d.Kato, d => d.Id, StringComparer.Ordinal),
            settlements.DistinctBy(s => s.Kato).ToDictionary(s => s.Kato, s => s.Id, StringComparer.Ordinal));
    }

    /// <summary>Every settlement of a district, for an address field.</summary>
    public Task<List<Settlement>> SettlementsOfDistrictAsync(long districtId) =>
        db.Settlements.AsNoTracking().Where(s => s.DistrictId == districtId).OrderBy(s => s.NameRu).ToListAsync();

    /// <summary>Current districts with their regions, for a search filter.</summary>
    public async Task<List<DistrictOption>> DistrictOptionsAsync()
    {
        var rows = await (
            from d in db.Districts.AsNoTracking()
            join r in db.Regions.AsNoTracking() on d.RegionId equals r.Id
            where d.ValidTo == null
            orderby r.Kato, d.Kato
            select new { d.Id, d.Kato, d.NameKk, d.NameRu, d.NameEn, RegionKk = r.NameKk, RegionRu = r.NameRu, RegionEn = r.NameEn })
            .ToListAsync();
        return [.. rows.Select(d => new DistrictOption(d.Id, d.Kato, new LocalisedName(d.NameKk, d.NameRu, d.NameEn), new LocalisedName(d.RegionKk, d.RegionRu, d.RegionEn)))];
    }

    /// <summary>Settlements by KATO order, one page at a time (keyset on the code).</summary>
    public async Task<Page<SettlementRow>> SearchSettlementsAsync(SettlementFilter filter)
    {
        var query = db.Settlements.AsNoTracking();
        if (filter.Query?.Trim() is { Length: > 0 } text)
        {
            var pattern = TextSearch.Escape(text) + "%";
            query = query.Where(s => EF.Functions.ILike(s.NameKk, pattern, "\\") || EF.Functions.ILike(s.NameRu, pattern, "\\") || s.Kato.StartsWith(text));
        }

        if (filter.DistrictId is { } district)
        {
            query = query.Where(s => s.DistrictId == district);
        }

        if (filter.Class is { } programmeClass)
        {
            query = query.Where(s => s.ProgrammeClass == programmeClass);
        }

        if (filter.After is { Length: > 0 } after)
        {
            query = query.Where(s => s.Kato.CompareTo(after) > 0);
        }

        var rows = (await Named(query.OrderBy(s => s.Kato).Take(PageSize + 1)).ToListAsync())
            .OrderBy(s => s.Settlement.Kato, StringComparer.Ordinal).ToList();
        var page = rows.Take(PageSize).Select(s => new SettlementRow(
            s.Settlement.Id, s.Settlement.Kato, s.Settlement.NameKk, s.Settlement.NameRu, s.Settlement.Kind, s.Settlement.ProgrammeClass,
            s.Region.Name, s.District?.Name)).ToList();
        return new Page<SettlementRow>(page, rows.Count > PageSize ? page[^1].Kato : null);
    }

    public async Task<SettlementDetails> SettlementAsync(long id)
    {
        var s = await Named(db.Settlements.AsNoTracking().Where(s => s.Id == id)).SingleOrDefaultAsync()
            ?? throw new NotFoundException("Settlement");
        return new SettlementDetails(
            s.Settlement.Id, s.Settlement.Kato, s.Settlement.NameKk, s.Settlement.NameRu, s.Settlement.Kind, s.Settlement.CityLevel,
            s.Region.Name, s.District?.Name, s.Settlement.ProgrammeClass, s.Settlement.DefaultClass, s.Settlement.DefaultBasis);
    }

    public Task<List<SettlementClassChangeRow>> SettlementHistoryAsync(long id) => (
        from c in db.SettlementClassChanges.AsNoTracking()
        where c.SettlementId == id
        join u in db.Users.AsNoTracking() on c.ChangedByUserId equals u.Id into users
        from u in users.DefaultIfEmpty()
        orderby c.ChangedAt descending, c.Id descending
        select new SettlementClassChangeRow(c.ChangedAt, u != null ? u.FullName : null, c.OldClass, c.NewClass, c.Reason))
        .ToListAsync();

    /// <summary>Changes a settlement's programme class; the change, its author and reason are kept.</summary>
    public async Task<ServiceResult> ChangeSettlementClassAsync(long id, SettlementClass newClass, string reason)
    {
        var settlement = await db.Settlements.SingleOrDefaultAsync(s => s.Id == id) ?? throw new NotFoundException("Settlement");
        if (settlement.ProgrammeClass == newClass)
        {
            return ServiceResult.Fail("NewClass", "The settlement already has this class.");
        }

        db.SettlementClassChanges.Add(settlement.ChangeClass(newClass, reason, actor.UserId ?? 0, clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return ServiceResult.Ok;
    }

    /// <summary>Every entry of the four lists, with whether it lists its region today.</summary>
    public async Task<List<RegionListRow>> RegionListsAsync()
    {
        var today = KazakhstanTime.Today(clock, ReferenceDataService.NationalTimeZone);
        var entries = await db.ProgrammeRegionLists.AsNoTracking().Include(e => e.Region).ToListAsync();
        return [.. entries
            .OrderBy(e => e.List).ThenBy(e => e.Region!.Kato).ThenBy(e => e.ValidFrom ?? DateOnly.MinValue)
            .Select(e => new RegionListRow(e.Id, e.List, e.Region!.Kato, e.Region.Name, e.ValidFrom, e.ValidTo, e.Basis, e.IsListedOn(today)))];
    }

    /// <summary>Adds a region to the receiving regions of labour mobility, which the Government sets (section 5.3.2).</summary>
    public async Task<ServiceResult> AddReceivingRegionAsync(long regionId, DateOnly validFrom, string basis)
    {
        var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId) ?? throw new NotFoundException("Region");
        if (region.ValidFrom > validFrom || region.ValidTo < validFrom)
        {
            return ServiceResult.Fail("ValidFrom", "The region does not exist on that date.");
        }

        var entries = await db.ProgrammeRegionLists.AsNoTracking()
            .Where(e => e.List == ProgrammeRegionListKind.MobilityReceiving && e.RegionId == regionId).ToListAsync();
        if (entries.Any(e => e.ListsOnOrAfter(validFrom)))
        {
            return ServiceResult.Fail("RegionId", "The region is already in the list on that date or later.");
        }

        db.ProgrammeRegionLists.Add(new ProgrammeRegionListEntry
        {
            List = ProgrammeRegionListKind.MobilityReceiving,
            RegionId = regionId,
            ValidFrom = validFrom,
            Basis = basis.Trim(),
        });
        await db.SaveChangesAsync();
        return ServiceResult.Ok;
    }

    /// <summary>Takes a region off the receiving list after its last day there; the entry is kept with its period.</summary>
    public async Task<ServiceResult> EndReceivingRegionAsync(long entryId, DateOnly lastDay)
    {
        var entry = await db.ProgrammeRegionLists
            .SingleOrDefaultAsync(e => e.Id == entryId && e.List == ProgrammeRegionListKind.MobilityReceiving)
            ?? throw new NotFoundException("Region list entry");
        if (!entry.CanEndOn(lastDay))
        {
            return ServiceResult.Fail("LastDay", "The last day must fall within the period the region is listed.");
        }

        entry.EndOn(lastDay);
        await db.SaveChangesAsync();
        return ServiceResult.Ok;
    }

    private IQueryable<RegionRow> RegionRows(IQueryable<Region> regions) =>
        regions.Select(r => new RegionRow(
            r.Id, r.Kato, new LocalisedName(r.NameKk, r.NameRu, r.NameEn), r.Kind, r.ValidFrom, r.ValidTo,
            db.Districts.Count(d => d.RegionId == r.Id && d.ValidTo == null)));

    /// <summary>Settlements with their region and district, whose names are shown in the reader's language.</summary>
    private IQueryable<NamedSettlement> Named(IQueryable<Settlement> settlements) =>
        from s in settlements
        join r in db.Regions on s.RegionId equals r.Id
        join d in db.Districts on s.DistrictId equals d.Id into districts
        from d in districts.DefaultIfEmpty()
        select new NamedSettlement(s, r, d);

    private sealed record NamedSettlement(Settlement Settlement, Region Region, District? District);
}
