using System.Globalization;
using Npgsql;

namespace Enbek.Bench.Seeding;

/// <summary>Statements the seeders send as the owner: without a time limit (a load of a million rows takes minutes).</summary>
public static class SeedSql
{
    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// Which of the IINs someone already holds, asked through the registry's narrow function as the
    /// import asks (the connection's scope must be set: the function answers no one without it).
    /// </summary>
    public static async Task<HashSet<string>> HeldIinsAsync(NpgsqlConnection connection, string[] iins, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT iin FROM app.person_holders($1)", connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = iins });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var held = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            held.Add(reader.GetString(0));
        }

        return held;
    }

    /// <summary>VACUUM (ANALYZE) of the tables, then their row count from the fresh statistics and their size with indexes.</summary>
    public static async Task<string> VacuumAnalyzeAsync(NpgsqlConnection connection, string[] tables, CancellationToken cancellationToken)
    {
        var sizes = new List<string>();
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, $"VACUUM (ANALYZE) public.{table}", cancellationToken);
            // Row-level security hides rows from a count: the figure comes from the statistics VACUUM just made.
            var rows = await ScalarAsync(connection, $"SELECT reltuples::bigint FROM pg_class WHERE oid = 'public.{table}'::regclass", cancellationToken);
            var size = await ScalarAsync(connection, $"SELECT pg_size_pretty(pg_total_relation_size('public.{table}'))", cancellationToken);
            sizes.Add(string.Create(CultureInfo.InvariantCulture, $"{table} {rows:N0} rows ({size} with indexes)"));
        }

        return string.Join(", ", sizes);
    }
}
