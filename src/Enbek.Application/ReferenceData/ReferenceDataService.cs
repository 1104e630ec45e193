using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.ReferenceData;
using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.ReferenceData;

/// <summary>Reads reference data for pages and rules, and applies an administrator's edits (audited by the database).</summary>
public sealed class ReferenceDataService(EnbekDbContext db, ReferenceDataCache cache, ICurrentActor actor, TimeProvider clock)
{
    public async Task<MciRate> MciRateOnAsync(DateOnly date, MciPurpose purpose) => (await cache.GetAsync()).Mci.RateOn(date, purpose);

    public async Task<Money> MinimumWageOnAsync(DateOnly date) => (await cache.GetAsync()).MinimumWage.On(date);

    public async Task<WorkingDayCalendar> CalendarAsync() => (await cache.GetAsync()).Calendar;

    public Task<List<MciPeriod>> MciPeriodsAsync() => db.MciPeriods.AsNoTracking().OrderBy(p => p.ValidFrom).ToListAsync();

    public Task<List<EffectiveAmountRow>> AmountsAsync(string kind) =>
        db.EffectiveAmounts.AsNoTracking().Where(a => a.Kind == kind).OrderBy(a => a.ValidFrom).ToListAsync();

    public Task<List<CalendarDay>> CalendarDaysAsync(int year) =>
        db.CalendarDays.AsNoTracking().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31))
            .OrderBy(d => d.Date).ToListAsync();

    public Task<List<Region>> RegionsAsync() => db.Regions.AsNoTracking().OrderBy(r => r.Kato).ToListAsync();

    public Task<List<District>> DistrictsAsync(long? regionId) =>
        db.Districts.AsNoTracking().Where(d => d.ValidTo == null && (regionId == null || d.RegionId == regionId))
            .OrderBy(d => d.Kato).ToListAsync();

    public Task<List<KatoCode>> KatoHistoryAsync(TerritoryLevel level, long unitId) =>
        db.KatoCodes.AsNoTracking().Where(k => k.Level == level && k.UnitId == unitId).OrderBy(k => k.ValidFrom).ToListAsync();

    public Task<List<ProgrammeRegionListEntry>> RegionListsAsync() =>
        db.ProgrammeRegionLists.AsNoTracking().Include(e => e.Region).OrderBy(e => e.List).ThenBy(e => e.Region!.Kato).ToListAsync();

    public async Task<List<Settlement>> SearchSettlementsAsync(string? text, long? districtId, SettlementClass? programmeClass, int take = 200)
    {
        var query = db.Settlements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = text.Trim() + "%";
            query = query.Where(s => EF.Functions.ILike(s.NameKk, pattern) || EF.Functions.ILike(s.NameRu, pattern) || s.Kato.StartsWith(text.Trim()));
        }

        if (districtId is { } d)
        {
            query = query.Where(s => s.DistrictId == d);
        }

        if (programmeClass is { } c)
        {
            query = query.Where(s => s.ProgrammeClass == c);
        }

        return await query.OrderBy(s => s.Kato).Take(take).ToListAsync();
    }

    public async Task<Settlement> SettlementAsync(long id) =>
        await db.Settlements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id) ?? throw new NotFoundException("Settlement");

    public Task<List<SettlementClassChange>> SettlementHistoryAsync(long id) =>
        db.SettlementClassChanges.AsNoTracking().Where(c => c.SettlementId == id).OrderByDescending(c => c.ChangedAt).ToListAsync();

    public async Task ChangeSettlementClassAsync(long id, SettlementClass newClass, string reason)
    {
        var settlement = await db.Settlements.SingleOrDefaultAsync(s => s.Id == id) ?? throw new NotFoundException("Settlement");
        if (settlement.ProgrammeClass == newClass)
        {
            return;
        }

        db.SettlementClassChanges.Add(settlement.ChangeClass(newClass, reason, actor.UserId ?? 0, clock.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    /// <summary>Adds an MCI period (a new budget law), closing the open one the day before.</summary>
    public async Task<ServiceResult> AddMciPeriodAsync(DateOnly validFrom, decimal tenge, decimal? finesTaxesOther, string source)
    {
        var periods = await db.MciPeriods.ToListAsync();
        if (periods.Any(p => p.ValidFrom >= validFrom))
        {
            return ServiceResult.Fail("ValidFrom", "PeriodMustFollowLast");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var dayBefore = validFrom.AddDays(-1);
        await db.MciPeriods.Where(p => p.ValidTo == null || p.ValidTo >= validFrom)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ValidTo, dayBefore));
        var added = new MciPeriod(validFrom, null, tenge, finesTaxesOther);
        db.MciPeriods.Add(added);
        db.Entry(added).Property("Confirmed").CurrentValue = "yes";
        db.Entry(added).Property("Source").CurrentValue = source;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        cache.Invalidate();
        return ServiceResult.Ok;
    }
}
