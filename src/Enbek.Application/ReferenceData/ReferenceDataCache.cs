using Enbek.Data;
using Enbek.Domain.Calendar;
using Enbek.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enbek.Application.ReferenceData;

/// <summary>
/// The domain services every rule uses — MCI → tenge for a date, minimum wage for a date, the
/// working-day calendar — built from the reference tables once and rebuilt after an edit.
/// </summary>
public sealed class ReferenceDataCache(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Snapshot? _snapshot;

    public sealed record Snapshot(MciSchedule Mci, EffectiveAmountSchedule MinimumWage, EffectiveAmountSchedule SubsistenceMinimum, WorkingDayCalendar Calendar);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is { } ready)
        {
            return ready;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            return _snapshot ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _lock.Dispose();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnbekDbContext>();
        var mci = await db.MciPeriods.AsNoTracking().ToListAsync(cancellationToken);
        var amounts = await db.EffectiveAmounts.AsNoTracking().ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        EffectiveAmount[] Of(string kind) => [.. amounts.Where(a => a.Kind == kind).Select(a => new EffectiveAmount(a.ValidFrom, a.ValidTo, a.Tenge))];
        return new Snapshot(
            new MciSchedule(mci),
            EffectiveAmountSchedule.MinimumWage(Of(EffectiveAmountRow.MinimumWage)),
            EffectiveAmountSchedule.SubsistenceMinimum(Of(EffectiveAmountRow.SubsistenceMinimum)),
            WorkingDayCalendar.ForWholeYearsOf(days));
    }
}
