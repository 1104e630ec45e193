using Npgsql;
using NpgsqlTypes;

namespace Enbek.Data.ReferenceData;

/// <summary>
/// Loads the reference files into the database in one transaction. Idempotent: it inserts what is
/// missing and keeps what exists, so an administrator's later edits survive a second run.
/// </summary>
public sealed class ReferenceDataLoader(NpgsqlConnection connection, string folder)
{
    private NpgsqlTransaction? _transaction;

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        _transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LoadRegionsAsync();
        await LoadDistrictsAsync();
        await LoadSettlementsAsync();
        await LoadRatesAsync();
        await LoadCalendarAsync();
        await LoadProgrammeRegionListsAsync();
        await LoadIndicatorsAsync();
        await _transaction.CommitAsync(cancellationToken);
    }

    private string File(string name) => Path.Combine(folder, name);

    private async Task<long?> ExecAsync(string sql, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, _transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task LoadRegionsAsync()
    {
        var rows = ReferenceCsv.Read(File("reference/regions.csv"));
        foreach (var unit in rows.GroupBy(r => r["kato"]))
        {
            // One region per code; its name periods (Astana / Nur-Sultan / Astana) become KATO history.
            var current = unit.OrderBy(r => r.Date("valid_from") ?? DateOnly.MinValue).Last();
            var validFrom = unit.Any(r => r.Date("valid_from") is null) ? null : unit.Min(r => r.Date("valid_from"));
            await ExecAsync(
                """
                INSERT INTO regions (kato, name_kk, name_ru, name_en, kind, time_zone, valid_from, valid_to)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (kato) DO NOTHING
                """,
                unit.Key, current["name_kk"], current["name_ru"], current["name_en"], ReferenceCsv.EnumName(current["kind"]),
                current["time_zone"], validFrom, current.Date("valid_to"));
            foreach (var row in unit)
            {
                await ExecAsync(
                    """
                    INSERT INTO kato_codes (level, unit_id, code, name_kk, name_ru, name_en, valid_from, valid_to)
                    SELECT 'Region', r.id, $1, $2, $3, $4, $5, $6 FROM regions r WHERE r.kato = $1
                    ON CONFLICT DO NOTHING
                    """,
                    unit.Key, row["name_kk"], row["name_ru"], row["name_en"], row.Date("valid_from"), row.Date("valid_to"));
            }
        }
    }

    private async Task LoadDistrictsAsync()
    {
        var rows = ReferenceCsv.Read(File("reference/districts.csv"));

        // Units first: current rows and historical rows that have no successor.
        foreach (var row in rows.Where(r => r["successor_kato"].Length == 0))
        {
            await ExecAsync(
                """
                INSERT INTO districts (region_id, kato, name_kk, name_ru, name_en, kind, valid_from, valid_to)
                SELECT r.id, $2, $3, $4, $5, $6, $7, $8 FROM regions r WHERE r.kato = $1
                ON CONFLICT (kato, valid_from) DO NOTHING
                """,
                row["region_kato"], row["kato"], row["name_kk"], row["name_ru"], row["name_en"],
                ReferenceCsv.EnumName(row["kind"]), row.Date("valid_from"), row.Date("valid_to"));
        }

        // Every row is a code period of a unit; a recoded unit's old codes belong to its successor.
        foreach (var row in rows)
        {
            var unitKato = row["successor_kato"].Length == 0 ? row["kato"] : row["successor_kato"];
            await ExecAsync(
                """
                INSERT INTO kato_codes (level, unit_id, code, name_kk, name_ru, name_en, valid_from, valid_to)
                SELECT 'District', d.id, $2, $3, $4, $5, $6, $7 FROM districts d
                WHERE d.kato = $1 AND (d.valid_to IS NULL OR $1 = $2)
                ORDER BY d.valid_to NULLS FIRST LIMIT 1
                ON CONFLICT DO NOTHING
                """,
                unitKato, row["kato"], row["name_kk"], row["name_ru"], row["name_en"], row.Date("valid_from"), row.Date("valid_to"));
        }
    }

    private async Task LoadSettlementsAsync()
    {
        await ExecAsync(
            """
            CREATE TEMP TABLE settlement_staging (kato text, district_kato text, region_kato text, name_kk text, name_ru text,
              kind text, city_level text, class text, basis text) ON COMMIT DROP
            """);
        var rows = ReferenceCsv.Read(File("reference/settlements.csv"));
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY settlement_staging FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync();
                await import.WriteAsync(row["kato"], NpgsqlDbType.Text);
                await import.WriteAsync(row.Text("district_kato"), NpgsqlDbType.Text);
                await import.WriteAsync(row["region_kato"], NpgsqlDbType.Text);
                await import.WriteAsync(row["name_kk"], NpgsqlDbType.Text);
                await import.WriteAsync(row["name_ru"], NpgsqlDbType.Text);
                await import.WriteAsync(ReferenceCsv.EnumName(row["kind"]), NpgsqlDbType.Text);
                await import.WriteAsync(row.Text("city_level"), NpgsqlDbType.Text);
                await import.WriteAsync(ReferenceCsv.EnumName(row["programme_settlement_type"]), NpgsqlDbType.Text);
                await import.WriteAsync(row["default_basis"], NpgsqlDbType.Text);
            }

            await import.CompleteAsync();
        }

        await ExecAsync(
            """
            INSERT INTO settlements (kato, region_id, district_id, name_kk, name_ru, kind, city_level, programme_class, default_class, default_basis)
            SELECT s.kato, r.id, d.id, s.name_kk, s.name_ru, s.kind, s.city_level, s.class, s.class, s.basis
            FROM settlement_staging s
            JOIN regions r ON r.kato = s.region_kato
            LEFT JOIN districts d ON d.kato = s.district_kato AND d.valid_to IS NULL
            ON CONFLICT (kato) DO NOTHING
            """);
    }

    private async Task LoadRatesAsync()
    {
        foreach (var row in ReferenceCsv.Read(File("reference/mci.csv")))
        {
            await ExecAsync(
                """
                INSERT INTO mci_periods (valid_from, valid_to, tenge, tenge_fines_taxes_other, confirmed, source)
                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (valid_from) DO NOTHING
                """,
                row.Date("valid_from"), row.Date("valid_to"), row.Number("tenge"), row.Number("tenge_fines_taxes_other"),
                row["confirmed"], row["source"]);
        }

        foreach (var (file, kind) in new[] { ("minimum_wage.csv", EffectiveAmountRow.MinimumWage), ("subsistence_minimum.csv", EffectiveAmountRow.SubsistenceMinimum) })
        {
            foreach (var row in ReferenceCsv.Read(File("reference/" + file)))
            {
                await ExecAsync(
                    """
                    INSERT INTO effective_amounts (kind, valid_from, valid_to, tenge, confirmed, source)
                    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kind, valid_from) DO NOTHING
                    """,
                    kind, row.Date("valid_from"), row.Date("valid_to"), row.Number("tenge"), row["confirmed"], row["source"]);
            }
        }

        foreach (var row in ReferenceCsv.Read(File("reference/retirement_age.csv")))
        {
            await ExecAsync(
                """
                INSERT INTO retirement_ages (sex, valid_from, valid_to, years, months)
                VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
                """,
                ReferenceCsv.EnumName(row["sex"]), row.Date("valid_from"), row.Date("valid_to"),
                (int)row.Number("age_years")!.Value, (int)row.Number("age_months")!.Value);
        }
    }

    private async Task LoadCalendarAsync()
    {
        foreach (var row in ReferenceCsv.Read(File("reference/holidays.csv")))
        {
            await ExecAsync(
                """
                INSERT INTO calendar_days (date, kind, name_kk, name_ru, name_en, related_date, basis)
                VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (date) DO NOTHING
                """,
                row.Date("date"), ReferenceCsv.EnumName(row["kind"]), row["name_kk"], row["name_ru"], row["name_en"],
                row.Date("related_date"), row["basis"]);
        }
    }

    private async Task LoadProgrammeRegionListsAsync()
    {
        foreach (var (list, katos, basis) in ProgrammeRegionLists.Seed)
        {
            foreach (var kato in katos)
            {
                await ExecAsync(
                    """
                    INSERT INTO programme_region_lists (list, region_id, valid_from, valid_to, basis)
                    SELECT $1, r.id, NULL, NULL, $3 FROM regions r WHERE r.kato = $2
                    ON CONFLICT DO NOTHING
                    """,
                    list.ToString(), kato, basis);
            }
        }
    }

    private async Task LoadIndicatorsAsync()
    {
        foreach (var row in ReferenceCsv.Read(File("indicators.csv")))
        {
            var id = await ExecAsync(
                """
                INSERT INTO indicators (code, level, direction, source_table, name_kk, name_en, unit, data_source, direction_of_good, plan_source)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT (code, source_table) DO NOTHING RETURNING id
                """,
                row["code"], ReferenceCsv.EnumName(row["level"]), row.Text("direction"), row["table"], row["name_kk"], row["name_en"],
                row["unit"], row["data_source"], row["direction_of_good"], row["plan_source"]);
            if (id is null)
            {
                continue;
            }

            for (var year = 2017; year <= 2021; year++)
            {
                var value = row.Number($"plan_{year}");
                if (value is not null)
                {
                    await ExecAsync("INSERT INTO indicator_plan_values (indicator_id, year, value) VALUES ($1, $2, $3)", id, year, value);
                }
            }
        }
    }
}
