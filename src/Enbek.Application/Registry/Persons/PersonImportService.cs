using System.Diagnostics;
using System.Globalization;
using Enbek.Application.Common;
using Enbek.Application.Registry.Participation;
using Enbek.Data;
using Enbek.Data.Import;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Registers the people of a file at the actor's center. Every row passes the rules of a single
/// registration (<see cref="PersonEntryRules"/>, <see cref="AddressFacts"/>, <see cref="PersonHolderLookup"/>)
/// and an IIN may stand only once in the file; a row may bring the person's application, which passes
/// the rules of the application form (<see cref="ApplicationEntryRules"/>) and is registered with the
/// person. The import checks the rows again in its transaction and registers all good rows together,
/// with their applications, or none: when the good rows are no longer those of the preview (another
/// center registered one of the IINs meanwhile), nothing is registered and the clerk looks at the new
/// check.
/// </summary>
public sealed partial class PersonImportService(
    EnbekDbContext db, ICurrentActor actor, PersonHolderLookup holders, TimeProvider clock, ILogger<PersonImportService> logger)
{
    /// <summary>How many lines a repeated IIN's message names before it stops.</summary>
    private const int RepeatedLinesShown = 5;

    public Task<PersonImportCheck> CheckAsync(IReadOnlyList<PersonImportRow> rows, CancellationToken cancellationToken = default)
    {
        CenterScope();
        db.Database.SetCommandTimeout(PersonBulkInsert.Timeout);
        return CheckRowsAsync(rows, Today(), cancellationToken);
    }

    /// <summary>Registers every good row in one transaction if the good rows are still those whose fingerprint the clerk saw.</summary>
    public async Task<PersonImportOutcome> ImportAsync(IReadOnlyList<PersonImportRow> rows, string previewFingerprint, CancellationToken cancellationToken = default)
    {
        var center = CenterScope();
        var today = Today();
        var now = clock.GetUtcNow();
        var clerk = await db.FullNameAsync(actor.UserId, cancellationToken);
        db.Database.SetCommandTimeout(PersonBulkInsert.Timeout);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var check = await CheckRowsAsync(rows, today, cancellationToken);
        if (check.Fingerprint != previewFingerprint)
        {
            return new PersonImportOutcome(PersonImportResult.ChangedSincePreview, [], check);
        }

        var good = check.Rows.Where(r => r.IsGood).ToList();
        if (good.Count == 0)
        {
            return new PersonImportOutcome(PersonImportResult.NothingToImport, [], check);
        }

        var people = good.Select(r =>
        {
            PersonEntryRules.IinProblem(r.Entry!, out var iin);
            return PersonEntryRules.NewPerson(r.Entry!, iin, center.OrganisationId, today, actor.UserId, clerk, now).Person;
        }).ToList();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await PersonBulkInsert.InsertAsync(connection, people, cancellationToken);

            // Made once the people are in: applying may move a person's status, which the first dated status must not show.
            await ApplicationBulkInsert.InsertAsync(connection, Applications(good, people, clerk, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another center registered one of the IINs after the check above; the transaction is
            // rolled back, so no row of the file stays.
            return new PersonImportOutcome(PersonImportResult.ChangedSincePreview, [], check);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        LogImported(logger, people.Count, check.GoodApplicationCount, center.OrganisationId, elapsed);
        return new PersonImportOutcome(PersonImportResult.Imported, [.. good.Select(r => r.Line)], check);
    }

    private async Task<PersonImportCheck> CheckRowsAsync(IReadOnlyList<PersonImportRow> rows, DateOnly today, CancellationToken cancellationToken)
    {
        var addresses = await AddressFacts.LoadAsync(db, rows.Select(r => r.Entry).OfType<RegisterPerson>(), cancellationToken);
        var iins = rows.Select(r => Iin.TryParse(r.Iin, out var iin) ? iin.Value : null).ToList();
        var repeated = rows.Zip(iins)
            .Where(r => r.Second is not null)
            .GroupBy(r => r.Second!, StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any())
            .ToDictionary(g => g.Key, g => LineList(g.Select(r => r.First.Line)), StringComparer.Ordinal);
        var held = await holders.FindManyAsync([.. iins.OfType<string>()], cancellationToken);
        return new PersonImportCheck(
            [.. rows.Select((row, i) => row with
            {
                Problems = [.. row.Problems, .. RuleProblems(row.Entry, iins[i], today, addresses, repeated, held), .. ApplicationProblems(row, today)],
            })]);
    }

    /// <summary>
    /// The rules of the application form for a row's application, one message per field; the person is
    /// new, so has no undecided application. A date or consent that could not be read is reported
    /// already, and the date rule then has nothing to compare.
    /// </summary>
    private static IEnumerable<RowProblem> ApplicationProblems(PersonImportRow row, DateOnly today)
    {
        if (row.Application is not { } application)
        {
            yield break;
        }

        var reported = row.Problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        var rules = ApplicationEntryRules.Check(
            application.AppliedOn ?? today, row.Entry?.ConsentGivenOn ?? DateOnly.MinValue, application.Measures, 0, today);
        foreach (var (result, field) in rules)
        {
            if (result.Outcome == RuleOutcome.Failed && reported.Add(field))
            {
                yield return new RowProblem(field, result.MessageKey);
            }
        }
    }

    /// <summary>The applications of the good rows that bring one, recorded now by the clerk, with the persons as they stand after applying.</summary>
    private static List<StagedApplication> Applications(List<PersonImportRow> good, List<Person> people, string clerk, DateTimeOffset now) =>
    [
        .. good.Zip(people).Where(r => r.First.Application is not null).Select(r =>
        {
            var entry = r.First.Application!;
            var (application, declared) = ApplicationEntryRules.New(r.Second, entry.AppliedOn!.Value, entry.Category!.Value, entry.Measures, entry.Note, now, clerk);
            return new StagedApplication(r.Second, application, declared);
        }),
    ];

    private static IEnumerable<RowProblem> RuleProblems(
        RegisterPerson? entry, string? iin, DateOnly today, AddressFacts addresses,
        Dictionary<string, string> repeated, IReadOnlyDictionary<string, PersonHolder> held)
    {
        if (entry is not null)
        {
            foreach (var problem in new[] { PersonEntryRules.IinProblem(entry, out _), PersonEntryRules.ConsentProblem(entry, today), addresses.ProblemOf(entry) })
            {
                if (problem is { } p)
                {
                    yield return new RowProblem(p.Field, p.MessageKey);
                }
            }
        }

        if (iin is null)
        {
            yield break;
        }

        if (repeated.TryGetValue(iin, out var lines))
        {
            yield return new RowProblem(nameof(RegisterPerson.Iin), "The IIN stands more than once in the file: lines {0}.", lines);
        }

        if (held.TryGetValue(iin, out var holder))
        {
            // The center's name only: nothing about the person it holds.
            yield return holder.IsActorsCenter
                ? new RowProblem(nameof(RegisterPerson.Iin), "This person is already registered at your center.")
                : new RowProblem(nameof(RegisterPerson.Iin), "This IIN is registered at another center: {0}.", holder.CenterName);
        }
    }

    private static string LineList(IEnumerable<int> lines)
    {
        var shown = lines.Take(RepeatedLinesShown + 1).Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList();
        return shown.Count > RepeatedLinesShown ? string.Join(", ", shown.Take(RepeatedLinesShown)) + ", …" : string.Join(", ", shown);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} people and {Applications} applications at center {CenterId}; inserting took {Elapsed}")]
    private static partial void LogImported(ILogger logger, int count, int applications, long centerId, TimeSpan elapsed);

    private OrganisationScope CenterScope() =>
        actor.Scope is { Level: ScopeLevel.Center, CanWrite: true } scope
            ? scope
            : throw new InvalidOperationException("Only an employment center registers people.");

    private DateOnly Today() => KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
}
