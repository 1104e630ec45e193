using Enbek.Domain.Registry;
using Npgsql;
using NpgsqlTypes;

namespace Enbek.Data.Import;

/// <summary>
/// Registers many people at once, in the caller's transaction: binary COPY into a temporary table that
/// is dropped at commit, then one set-based statement that inserts the people and their first dated
/// status. Triggers fill the tenant columns and write the audit rows, row-level security checks each
/// row against the connection's scope, and the unique index on the IIN stops a second registration.
/// Creating the temporary table needs the TEMPORARY privilege on the database (granted to PUBLIC unless
/// revoked).
/// </summary>
public static class PersonBulkInsert
{
    private const string Staging = "person_import_staging";

    /// <summary>Every column of a person the import writes, with how it is staged; tenant columns come from the trigger.</summary>
    private static readonly StagedColumn<Person>[] Columns =
    [
        new("center_id", "bigint", NpgsqlDbType.Bigint, p => p.CenterId),
        new("iin", "text", NpgsqlDbType.Text, p => p.Iin),
        new("surname", "text", NpgsqlDbType.Text, p => p.Surname),
        new("first_name", "text", NpgsqlDbType.Text, p => p.FirstName),
        new("patronymic", "text", NpgsqlDbType.Text, p => p.Patronymic),
        new("name_key", "text", NpgsqlDbType.Text, p => p.NameKey),
        new("birth_date", "date", NpgsqlDbType.Date, p => p.BirthDate),
        new("sex", "text", NpgsqlDbType.Text, p => p.Sex.ToString()),
        new("phone", "text", NpgsqlDbType.Text, p => p.Phone),
        new("email", "text", NpgsqlDbType.Text, p => p.Email),
        new("address_region_id", "bigint", NpgsqlDbType.Bigint, p => p.AddressRegionId),
        new("address_district_id", "bigint", NpgsqlDbType.Bigint, p => p.AddressDistrictId),
        new("address_settlement_id", "bigint", NpgsqlDbType.Bigint, p => p.AddressSettlementId),
        new("address_street", "text", NpgsqlDbType.Text, p => p.AddressStreet),
        new("address_house", "text", NpgsqlDbType.Text, p => p.AddressHouse),
        new("education", "text", NpgsqlDbType.Text, p => p.Education.ToString()),
        new("has_disability", "boolean", NpgsqlDbType.Boolean, p => p.HasDisability),
        new("is_low_income_family", "boolean", NpgsqlDbType.Boolean, p => p.IsLowIncomeFamily),
        new("is_kandas", "boolean", NpgsqlDbType.Boolean, p => p.IsKandas),
        new("status", "text", NpgsqlDbType.Text, p => p.Status.ToString()),
        new("status_since", "date", NpgsqlDbType.Date, p => p.StatusSince),
        new("registered_on", "date", NpgsqlDbType.Date, p => p.RegisteredOn),
        new("held_since", "date", NpgsqlDbType.Date, p => p.HeldSince),
        new("consent_given_on", "date", NpgsqlDbType.Date, p => p.ConsentGivenOn),
        new("consent_form", "text", NpgsqlDbType.Text, p => p.ConsentForm.ToString()),
        new("consent_taken_by_user_id", "bigint", NpgsqlDbType.Bigint, p => p.ConsentTakenByUserId),
        new("consent_taken_by_name", "text", NpgsqlDbType.Text, p => p.ConsentTakenByName),
        new("is_voided", "boolean", NpgsqlDbType.Boolean, p => p.IsVoided),
        new("created_at", "timestamptz", NpgsqlDbType.TimestampTz, p => p.CreatedAt),
    ];

    /// <summary>A file of 100,000 people takes tens of seconds on a busy 2-core machine: more than the default 30 s command timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static readonly string ColumnList = StagingTable.ColumnList(Columns);

    /// <summary>
    /// Inserts the people, in the order of the list (a fresh temporary table is read in the order it
    /// was written), each with its current status as the first dated status, and returns how many
    /// were inserted. The caller's transaction must be open on the connection; a failure (a duplicate
    /// IIN included) leaves the transaction to be rolled back with nothing kept.
    /// </summary>
    public static async Task<int> InsertAsync(NpgsqlConnection connection, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        await StagingTable.CreateAndCopyAsync(connection, Staging, Columns, people, Timeout, cancellationToken);

        return await StagingTable.ExecuteAsync(connection, $"""
            WITH inserted AS (
              INSERT INTO persons ({ColumnList})
              SELECT {ColumnList} FROM {Staging}
              RETURNING id, center_id, status, status_since, created_at)
            INSERT INTO employment_status_changes (person_id, center_id, status, since, recorded_at)
            SELECT id, center_id, status, status_since, created_at FROM inserted
            """, Timeout, cancellationToken);
    }
}
