using Enbek.Domain.Registry;
using Npgsql;
using NpgsqlTypes;

namespace Enbek.Data.Import;

/// <summary>
/// An application that comes with a person of the same import: the application, the person as it stands
/// after applying, and the dated status the applicant's category declared, when it changed anything.
/// </summary>
public sealed record StagedApplication(Person Person, ProgrammeApplication Application, EmploymentStatusChange? DeclaredStatus);

/// <summary>
/// Registers the applications of people just inserted by <see cref="PersonBulkInsert"/>, in the same
/// transaction: binary COPY into a temporary table dropped at commit, then one set-based statement
/// that joins the staged rows to the persons by IIN, inserts the applications in the order of the
/// list (the numbering trigger gives each the center's next number for its year), the declared dated
/// statuses, and moves the persons whose current status the application changed.
/// </summary>
public static class ApplicationBulkInsert
{
    private const string Staging = "application_import_staging";

    private static readonly StagedColumn<Staged>[] Columns =
    [
        new("position", "integer", NpgsqlDbType.Integer, s => s.Position),
        new("center_id", "bigint", NpgsqlDbType.Bigint, s => s.Row.Application.CenterId),
        new("iin", "text", NpgsqlDbType.Text, s => s.Row.Person.Iin),
        new("applied_on", "date", NpgsqlDbType.Date, s => s.Row.Application.AppliedOn),
        new("category", "text", NpgsqlDbType.Text, s => s.Row.Application.Category.ToString()),
        new("requested_measures", "text[]", NpgsqlDbType.Array | NpgsqlDbType.Text, s => s.Row.Application.RequestedMeasures.Select(m => m.ToString()).ToArray()),
        new("note", "text", NpgsqlDbType.Text, s => s.Row.Application.Note),
        new("recorded_at", "timestamptz", NpgsqlDbType.TimestampTz, s => s.Row.Application.RecordedAt),
        new("recorded_by_name", "text", NpgsqlDbType.Text, s => s.Row.Application.RecordedByName),
        new("decision", "text", NpgsqlDbType.Text, s => s.Row.Application.Decision.ToString()),
        new("declared_status", "text", NpgsqlDbType.Text, s => s.Row.DeclaredStatus?.Status.ToString()),
        new("declared_since", "date", NpgsqlDbType.Date, s => s.Row.DeclaredStatus?.Since),
        new("person_status", "text", NpgsqlDbType.Text, s => s.Row.Person.Status.ToString()),
        new("person_status_since", "date", NpgsqlDbType.Date, s => s.Row.Person.StatusSince),
    ];

    /// <summary>
    /// Inserts the applications and returns how many; each must find its person (inserted earlier in
    /// the caller's open transaction, at the same center), otherwise it throws and the caller's
    /// transaction is to be rolled back with nothing kept.
    /// </summary>
    public static async Task<int> InsertAsync(NpgsqlConnection connection, IReadOnlyList<StagedApplication> applications, CancellationToken cancellationToken)
    {
        if (applications.Count == 0)
        {
            return 0;
        }

        await StagingTable.CreateAndCopyAsync(
            connection, Staging, Columns, applications.Select((a, i) => new Staged(i, a)), PersonBulkInsert.Timeout, cancellationToken);

        await using var command = new NpgsqlCommand($"""
            WITH staged AS (
              SELECT s.*, p.id AS person_id FROM {Staging} s
              JOIN persons p ON p.iin = s.iin AND p.center_id = s.center_id AND NOT p.is_voided),
            applications AS (
              INSERT INTO programme_applications (center_id, person_id, applied_on, category, requested_measures, note,
                recorded_at, recorded_by_name, decision, is_voided)
              SELECT center_id, person_id, applied_on, category, requested_measures, note, recorded_at, recorded_by_name, decision, false
              FROM staged ORDER BY position
              RETURNING id),
            declared AS (
              INSERT INTO employment_status_changes (person_id, center_id, status, since, recorded_at)
              SELECT person_id, center_id, declared_status, declared_since, recorded_at
              FROM staged WHERE declared_status IS NOT NULL ORDER BY position
              RETURNING id),
            moved AS (
              -- every data-modifying part runs to completion whether or not the final SELECT reads it
              UPDATE persons p SET status = s.person_status, status_since = s.person_status_since
              FROM staged s
              WHERE p.id = s.person_id AND (p.status, p.status_since) IS DISTINCT FROM (s.person_status, s.person_status_since)
              RETURNING p.id)
            SELECT count(*)::integer FROM applications
            """, connection) { CommandTimeout = (int)PersonBulkInsert.Timeout.TotalSeconds };
        var inserted = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return inserted == applications.Count
            ? inserted
            : throw new InvalidOperationException($"{applications.Count - inserted} of {applications.Count} imported applications found no person of the import.");
    }

    private sealed record Staged(int Position, StagedApplication Row);
}
