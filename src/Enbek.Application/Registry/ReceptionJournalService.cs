using System.Globalization;
using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry;

/// <summary>
/// The reception journal of a center: every visit or request, listed, searched and exported within
/// the actor's scope (the tenant filter and row-level security both apply).
/// </summary>
public sealed class ReceptionJournalService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const int PageSize = 50;
    public const int ExportLimit = 100_000;

    /// <summary>Local dates are read in Kazakhstan's zone: one offset nationwide since 2024-03-01.</summary>
    public const string JournalTimeZone = KazakhstanTime.NationalZone;

    public async Task<Page<ReceptionRow>> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Filtered(filter);
        if (ParseKey(filter.After) is var (at, id))
        {
            query = query.Where(v => v.VisitedAt < at || (v.VisitedAt == at && v.Id < id));
        }

        var rows = await Project(query.OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id).Take(PageSize + 1))
            .ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? Key(rows[PageSize - 1]) : null;
        return new Page<ReceptionRow>(rows.Take(PageSize).Select(MaskForActor).ToList(), next);
    }

    public async Task<List<ReceptionRow>> ExportAsync(ReceptionFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await Project(Filtered(filter).OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id).Take(ExportLimit))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(MaskForActor)];
    }

    public async Task<ReceptionRow> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var row = await Project(db.ReceptionVisits.Where(v => v.Id == id)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Reception visit");
        return MaskForActor(row);
    }

    public async Task<long> RecordAsync(RecordVisit visit, CancellationToken cancellationToken = default)
    {
        var scope = actor.Scope;
        if (scope is not { Level: ScopeLevel.Center, CanWrite: true })
        {
            throw new InvalidOperationException("Only an employment center records visits.");
        }

        var clerkName = await db.FullNameAsync(actor.UserId, cancellationToken);
        var entity = new ReceptionVisit
        {
            CenterId = scope.OrganisationId,
            VisitedAt = visit.VisitedAt.ToUniversalTime(),
            PersonName = visit.PersonName.Trim(),
            Iin = string.IsNullOrWhiteSpace(visit.Iin) ? null : visit.Iin.Trim(),
            Phone = string.IsNullOrWhiteSpace(visit.Phone) ? null : visit.Phone.Trim(),
            Purpose = visit.Purpose,
            Outcome = visit.Outcome,
            Notes = string.IsNullOrWhiteSpace(visit.Notes) ? null : visit.Notes.Trim(),
            ClerkUserId = actor.UserId,
            ClerkName = clerkName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ReceptionVisits.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    public static DateTimeOffset StartOfLocalDay(DateOnly date) => KazakhstanTime.Instant(date.ToDateTime(TimeOnly.MinValue), JournalTimeZone);

    /// <summary>A visit's time as the journal shows it.</summary>
    public static DateTimeOffset LocalTime(DateTimeOffset instant) => KazakhstanTime.LocalTime(instant, JournalTimeZone);

    /// <summary>The instant of a time a clerk typed in the journal's zone.</summary>
    public static DateTimeOffset Instant(DateTime localTime) => KazakhstanTime.Instant(localTime, JournalTimeZone);

    public DateOnly Today() => KazakhstanTime.LocalDate(clock.GetUtcNow(), JournalTimeZone);

    /// <summary>Now in the journal's zone, to the minute: the default time of a new visit.</summary>
    public DateTime NowToTheMinute()
    {
        var now = LocalTime(clock.GetUtcNow()).DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
    }

    private IQueryable<ReceptionVisit> Filtered(ReceptionFilter filter)
    {
        var query = db.ReceptionVisits.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = StartOfLocalDay(from);
            query = query.Where(v => v.VisitedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfLocalDay(to.AddDays(1));
            query = query.Where(v => v.VisitedAt < end);
        }

        if (filter.Purpose is { } purpose)
        {
            query = query.Where(v => v.Purpose == purpose);
        }

        if (filter.Outcome is { } outcome)
        {
            query = query.Where(v => v.Outcome == outcome);
        }

        if (filter.CenterId is { } centerId)
        {
            query = query.Where(v => v.CenterId == centerId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim();
            query = Iin.TryParse(text, out var iin)
                ? query.Where(v => v.Iin == iin.Value)
                : query.Where(v => EF.Functions.ILike(v.PersonName, TextSearch.Containing(text)));
        }

        return query;
    }

    private IQueryable<ReceptionRow> Project(IQueryable<ReceptionVisit> query) =>
        from v in query
        join o in db.Organisations on v.CenterId equals o.Id
        select new ReceptionRow(v.Id, v.VisitedAt, v.PersonName, v.Iin, v.Phone, v.Purpose, v.Outcome, v.ClerkName, v.CenterId,
            new LocalisedName(o.NameKk, o.NameRu, o.NameEn), v.Notes);

    /// <summary>IINs in full only to the center that holds the record; the last four digits elsewhere.</summary>
    private ReceptionRow MaskForActor(ReceptionRow row) =>
        row.Iin is null || row.CenterId == actor.Scope?.OrganisationId ? row : row with { Iin = Iin.Mask(row.Iin) };

    private static string Key(ReceptionRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.VisitedAt.UtcTicks}.{row.Id}");

    private static (DateTimeOffset At, long Id)? ParseKey(string? key)
    {
        var parts = key?.Split('.');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && t is >= 0 and <= 3155378975999999999
                ? (new DateTimeOffset(t, TimeSpan.Zero), i)
                : null;
    }
}
