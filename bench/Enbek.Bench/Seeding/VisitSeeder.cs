using System.Diagnostics;
using System.Globalization;
using Enbek.Application.Registry;
using Enbek.Data.Scope;
using Npgsql;
using NpgsqlTypes;

namespace Enbek.Bench.Seeding;

/// <summary>
/// Loads generated reception visits as the owner role: binary COPY into a staging table, then one
/// INSERT … SELECT per month and center under that center's scope, then VACUUM ANALYZE.
/// <para>
/// Row-level security is forced on the table, and PostgreSQL refuses COPY into a table where it
/// applies, so the rows are staged first (the project's import pattern). Each insert runs as the
/// owning center, so the insert policy checks every row; the territory trigger stays on and fills
/// region, district and path from the center, as for any insert. The audit trigger of inserts is
/// disabled for the load only, inside the load's transaction (the owner's ALTER TABLE is
/// transactional, so a failed load leaves it enabled): it would add as many audit rows as visits and
/// record nothing anyone did. Rows go in month by month, so the table's physical order follows time
/// as a real journal's does.
/// </para>
/// </summary>
public sealed class VisitSeeder(string ownerConnection, int seed, bool audit)
{
    private const string Columns =
        "center_id, visited_at, person_name, iin, phone, purpose, outcome, notes, clerk_user_id, clerk_name, created_at";

    private readonly Random _random = new(seed);

    public async Task RunAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var dataSource = NpgsqlDataSource.Create(ownerConnection);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var centers = await SeedCenter.LoadAllAsync(connection, _random, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var slots = Slots(count, centers, now);
        var generator = new VisitGenerator(_random);
        var batches = new List<SeedCenter>();
        TimeSpan copied;

        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await SeedSql.ExecuteAsync(
                connection,
                "CREATE TEMP TABLE seed_visits ON COMMIT DROP AS SELECT 0 AS batch, " + Columns + " FROM public.reception_visits WITH NO DATA",
                cancellationToken);
            await using (var importer = await connection.BeginBinaryImportAsync(
                $"COPY seed_visits (batch, {Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var group in slots.GroupBy(s => (s.Month, s.Center)))
                {
                    var center = centers[group.Key.Center];
                    batches.Add(center);
                    foreach (var slot in group)
                    {
                        Write(importer, batches.Count - 1, center, generator.Next(center, new DateTimeOffset(slot.UtcTicks, TimeSpan.Zero)));
                    }
                }

                await importer.CompleteAsync(cancellationToken);
            }

            await SeedSql.ExecuteAsync(connection, "CREATE INDEX ON seed_visits (batch); ANALYZE seed_visits", cancellationToken);
            copied = stopwatch.Elapsed;
            if (!audit)
            {
                await SeedSql.ExecuteAsync(connection, "ALTER TABLE public.reception_visits DISABLE TRIGGER audit_insert", cancellationToken);
            }

            for (var batch = 0; batch < batches.Count; batch++)
            {
                var center = batches[batch];
                await ScopeSession.ApplyAsync(connection, new FixedActor(null, center.Scope), cancellationToken);
                await using var insert = new NpgsqlCommand(
                    $"INSERT INTO public.reception_visits ({Columns}) SELECT {Columns} FROM seed_visits WHERE batch = $1 ORDER BY visited_at",
                    connection) { CommandTimeout = 0 };
                insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = batch });
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (!audit)
            {
                await SeedSql.ExecuteAsync(connection, "ALTER TABLE public.reception_visits ENABLE TRIGGER audit_insert", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var loaded = stopwatch.Elapsed;
        await SeedSql.ExecuteAsync(connection, "VACUUM (ANALYZE) public.reception_visits", cancellationToken);
        // Row-level security hides other centers' rows even from the owner: the count comes from the statistics VACUUM just made.
        var total = await SeedSql.ScalarAsync(connection, "SELECT reltuples::bigint FROM pg_class WHERE oid = 'public.reception_visits'::regclass", cancellationToken);
        var size = await SeedSql.ScalarAsync(connection, "SELECT pg_size_pretty(pg_total_relation_size('public.reception_visits'))", cancellationToken);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"seed-visits: {count:N0} visits over {centers.Count} centers in {loaded.TotalSeconds:F1} s ({count / loaded.TotalSeconds:N0} rows/s; "
            + $"generate and COPY to staging {copied.TotalSeconds:F1} s, insert {(loaded - copied).TotalSeconds:F1} s with audit trigger {(audit ? "on" : "off")}), "
            + $"vacuum analyze {(stopwatch.Elapsed - loaded).TotalSeconds:F1} s; the table holds {total:N0} rows ({size} with indexes)"));
    }

    /// <summary>
    /// When and where each visit happens, ordered by month, center and time: centers get unequal
    /// shares, visits fall on working days (few on Saturdays, none on Sundays) between 09:00 and 18:00
    /// in the journal's zone, over the last two years.
    /// </summary>
    private List<Slot> Slots(int count, List<SeedCenter> centers, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(ReceptionJournalService.LocalTime(now).DateTime);
        var cumulative = new double[centers.Count];
        var sum = 0.0;
        for (var i = 0; i < centers.Count; i++)
        {
            sum += centers[i].Weight;
            cumulative[i] = sum;
        }

        var slots = new List<Slot>(count);
        while (slots.Count < count)
        {
            var day = today.AddDays(-_random.Next(730));
            if (day.DayOfWeek == DayOfWeek.Sunday || (day.DayOfWeek == DayOfWeek.Saturday && _random.Next(10) != 0))
            {
                continue;
            }

            var local = day.ToDateTime(new TimeOnly(9, 0)).AddSeconds(_random.Next(9 * 3600));
            var instant = ReceptionJournalService.Instant(local);
            if (instant > now)
            {
                continue;
            }

            var roll = _random.NextDouble() * sum;
            var center = Array.FindIndex(cumulative, c => roll < c);
            slots.Add(new Slot((day.Year * 12) + day.Month, center < 0 ? centers.Count - 1 : center, instant.UtcTicks));
        }

        slots.Sort();
        return slots;
    }

    private static void Write(NpgsqlBinaryImporter importer, int batch, SeedCenter center, SeedVisit visit)
    {
        importer.StartRow();
        importer.Write(batch, NpgsqlDbType.Integer);
        importer.Write(center.Id, NpgsqlDbType.Bigint);
        importer.Write(visit.VisitedAt, NpgsqlDbType.TimestampTz);
        importer.Write(visit.PersonName, NpgsqlDbType.Varchar);
        WriteNullable(importer, visit.Iin);
        WriteNullable(importer, visit.Phone);
        importer.Write(visit.Purpose.ToString(), NpgsqlDbType.Varchar);
        importer.Write(visit.Outcome.ToString(), NpgsqlDbType.Varchar);
        WriteNullable(importer, visit.Notes);
        if (visit.Clerk.UserId is { } clerkId)
        {
            importer.Write(clerkId, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }

        importer.Write(visit.Clerk.Name, NpgsqlDbType.Varchar);
        importer.Write(visit.CreatedAt, NpgsqlDbType.TimestampTz);
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    /// <summary>A visit's place in the load: month (for physical order), center index, instant.</summary>
    private readonly record struct Slot(int Month, int Center, long UtcTicks) : IComparable<Slot>
    {
        public int CompareTo(Slot other) =>
            Month != other.Month ? Month.CompareTo(other.Month)
            : Center != other.Center ? Center.CompareTo(other.Center)
            : UtcTicks.CompareTo(other.UtcTicks);
    }
}
