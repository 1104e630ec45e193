using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.ReferenceData;

/// <summary>
/// Reads the money indices and the calendar for pages and rules, and applies the ministry
/// administrator's edits (audited by the database; the rules' cache is rebuilt after each).
/// </summary>
public sealed class ReferenceDataService(EnbekDbContext db, ReferenceDataCache cache, TimeProvider clock)
{
    /// <summary>Reference data is national: its "today" is read in the capital's zone (one offset nationwide since 2024-03-01).</summary>
    public const string NationalTimeZone = "Asia/Almaty";

    public DateOnly Today() => KazakhstanTime.Today(clock, NationalTimeZone);

    public async Task<MciRate> MciRateOnAsync(DateOnly date, MciPurpose purpose) => (await cache.GetAsync()).Mci.RateOn(date, purpose);

    public async Task<Money> MinimumWageOnAsync(DateOnly date) => (await cache.GetAsync()).MinimumWage.On(date);

    public async Task<WorkingDayCalendar> CalendarAsync() => (await cache.GetAsync()).Calendar;

    /// <summary>Today's values at a glance, from the same cache the rules use.</summary>
    public async Task<ReferenceOverview> OverviewAsync()
    {
        var today = Today();
        var rates = await cache.GetAsync();
        var retirement = new RetirementAgeSchedule(await db.RetirementAges.AsNoTracking().ToListAsync());
        var nextHoliday = await DayRows(db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= today && d.Kind == CalendarDayKind.Holiday).OrderBy(d => d.Date).Take(1)).FirstOrDefaultAsync();
        return new ReferenceOverview(
            today,
            Covered(() => rates.Mci.RateOn(today, MciPurpose.SocialPayment).TengePerMci),
            Covered(() => rates.Mci.RateOn(today, MciPurpose.LimitOrCap).TengePerMci),
            Covered(() => rates.MinimumWage.On(today)),
            Covered(() => rates.SubsistenceMinimum.On(today)),
            Covered(() => retirement.AgeOn(today, Sex.Male)),
            Covered(() => retirement.AgeOn(today, Sex.Female)),
            Covered(() => rates.Calendar.IsWorkingDay(today)),
            nextHoliday);
    }

    public Task<List<RatePeriodRow>> MciPeriodsAsync() =>
        db.MciPeriods.AsNoTracking().OrderBy(p => p.ValidFrom)
            .Select(p => new RatePeriodRow(p.ValidFrom, p.ValidTo, p.Tenge, p.TengeFinesTaxesOther,
                EF.Property<string?>(p, "Confirmed"), EF.Property<string?>(p, "Source")))
            .ToListAsync();

    /// <param name="kind"><see cref="EffectiveAmountRow.MinimumWage"/> or <see cref="EffectiveAmountRow.SubsistenceMinimum"/>.</param>
    public Task<List<RatePeriodRow>> AmountsAsync(string kind) =>
        db.EffectiveAmounts.AsNoTracking().Where(a => a.Kind == kind).OrderBy(a => a.ValidFrom)
            .Select(a => new RatePeriodRow(a.ValidFrom, a.ValidTo, a.Tenge, null, a.Confirmed, a.Source))
            .ToListAsync();

    /// <summary>Adds an MCI period (a new budget law), closing the last one the day before.</summary>
    public Task<ServiceResult> AddMciPeriodAsync(DateOnly validFrom, decimal tenge, decimal? finesTaxesOther, string source) =>
        AddPeriodAsync(db.MciPeriods, new MciPeriod(validFrom, null, tenge, finesTaxesOther), validFrom, source);

    /// <summary>Adds a minimum wage or subsistence minimum period, closing the last one of that kind the day before.</summary>
    public Task<ServiceResult> AddAmountPeriodAsync(string kind, DateOnly validFrom, decimal tenge, string source) =>
        AddPeriodAsync(
            db.EffectiveAmounts.Where(a => a.Kind == kind),
            new EffectiveAmountRow { Kind = kind, ValidFrom = validFrom, Tenge = tenge },
            validFrom,
            source);

    public async Task<CalendarYear> CalendarYearAsync(int year)
    {
        var days = await DayRows(db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).OrderBy(d => d.Date)).ToListAsync();
        var calendar = await CalendarAsync();
        int[]? workingDays = null;
        if (year >= calendar.CoveredFrom.Year && year <= calendar.CoveredTo.Year)
        {
            workingDays = new int[12];
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                workingDays[day.Month - 1] += calendar.IsWorkingDay(day) ? 1 : 0;
            }
        }

        return new CalendarYear(year, days, workingDays, calendar.CoveredFrom.Year, calendar.CoveredTo.Year);
    }

    public Task<CalendarDayRow?> CalendarDayAsync(DateOnly date) =>
        DayRows(db.CalendarDays.AsNoTracking().Where(d => d.Date == date)).SingleOrDefaultAsync();

    /// <summary>Whether the rules count the date as a working day; null outside the calendar's years.</summary>
    public async Task<bool?> IsWorkingDayAsync(DateOnly date)
    {
        var calendar = await CalendarAsync();
        return Covered(() => calendar.IsWorkingDay(date));
    }

    /// <summary>
    /// Adds a day to the calendar or changes it (a newly announced transfer, a moved religious holiday).
    /// The calendar may grow by one year at a time, as the next year's holidays are announced.
    /// </summary>
    public async Task<ServiceResult> SaveCalendarDayAsync(CalendarDayRow day)
    {
        var calendar = await CalendarAsync();
        if (day.Date.Year < calendar.CoveredFrom.Year || day.Date.Year > calendar.CoveredTo.Year + 1)
        {
            return ServiceResult.Fail(nameof(day.Date), "Choose a date in a year the calendar covers or in the year after it.");
        }

        if (!CalendarDay.KindFitsWeekday(day.Date, day.Kind))
        {
            return ServiceResult.Fail(nameof(day.Kind), day.Kind == CalendarDayKind.WorkingDayTransferred
                ? "A working day can be transferred only onto a Saturday or Sunday."
                : "A day off can be transferred only onto a weekday.");
        }

        var stored = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == day.Date);
        if (stored is null)
        {
            stored = new CalendarDay(day.Date, day.Kind);
            db.CalendarDays.Add(stored);
        }

        var entry = db.Entry(stored);
        entry.Property(d => d.Kind).CurrentValue = day.Kind;
        entry.Property("NameKk").CurrentValue = day.Name.Kk;
        entry.Property("NameRu").CurrentValue = day.Name.Ru;
        entry.Property("NameEn").CurrentValue = day.Name.En;
        entry.Property("RelatedDate").CurrentValue = day.RelatedDate;
        entry.Property("Basis").CurrentValue = day.Basis;
        await db.SaveChangesAsync();
        cache.Invalidate();
        return ServiceResult.Ok;
    }

    private static IQueryable<CalendarDayRow> DayRows(IQueryable<CalendarDay> days) =>
        days.Select(d => new CalendarDayRow(
            d.Date,
            d.Kind,
            new LocalisedName(EF.Property<string>(d, "NameKk"), EF.Property<string>(d, "NameRu"), EF.Property<string>(d, "NameEn")),
            EF.Property<DateOnly?>(d, "RelatedDate"),
            EF.Property<string?>(d, "Basis")));

    /// <summary>A value the reference data does not cover for the date is shown as missing, not as an error.</summary>
    private static T? Covered<T>(Func<T> read)
        where T : struct
    {
        try
        {
            return read();
        }
        catch (ReferenceDataMissingException)
        {
            return null;
        }
    }

    /// <summary>
    /// A new period of an effective-dated table (a new budget law): the last period still in force is
    /// closed the day before and the new one added open-ended, in one transaction; the rules see it at once.
    /// </summary>
    private async Task<ServiceResult> AddPeriodAsync<T>(IQueryable<T> schedule, T added, DateOnly validFrom, string source)
        where T : class
    {
        var last = await schedule.OrderByDescending(p => EF.Property<DateOnly>(p, "ValidFrom"))
            .Select(p => new { From = EF.Property<DateOnly>(p, "ValidFrom"), To = EF.Property<DateOnly?>(p, "ValidTo") })
            .FirstOrDefaultAsync();
        var succession = PeriodSuccession.Of(last?.From, last?.To, validFrom);
        if (!succession.Allowed)
        {
            return ServiceResult.Fail("ValidFrom", succession.Problem == PeriodSuccessionProblem.StartsTooEarly
                ? "The new period must start after the start of the last period."
                : "The new period must start no later than the day after the last period ends.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (succession.CloseLastOn is { } lastDay)
        {
            await schedule.Where(p => EF.Property<DateOnly>(p, "ValidFrom") == last!.From)
                .ExecuteUpdateAsync(set => set.SetProperty(p => EF.Property<DateOnly?>(p, "ValidTo"), lastDay));
        }

        db.Set<T>().Add(added);
        db.Entry(added).Property("Confirmed").CurrentValue = "yes";
        db.Entry(added).Property("Source").CurrentValue = source;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        cache.Invalidate();
        return ServiceResult.Ok;
    }
}
