using Npgsql;
using NpgsqlTypes;

namespace Enbek.Data.Import;

/// <summary>One column of a temporary staging table: its name and SQL type, how it is written by binary COPY, and its value for a row.</summary>
public sealed record StagedColumn<T>(string Name, string SqlType, NpgsqlDbType Type, Func<T, object?> Value);

/// <summary>
/// A temporary table dropped at commit, filled by one binary COPY in the order of the rows (a fresh
/// temporary table is read in the order it was written), for a set-based INSERT … SELECT into a table
/// with row-level security, which refuses COPY. Needs the TEMPORARY privilege on the database.
/// </summary>
public static class StagingTable
{
    public static string ColumnList<T>(IEnumerable<StagedColumn<T>> columns) => string.Join(", ", columns.Select(c => c.Name));

    public static async Task CreateAndCopyAsync<T>(
        NpgsqlConnection connection, string table, IReadOnlyList<StagedColumn<T>> columns, IEnumerable<T> rows, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection,
            $"CREATE TEMP TABLE {table} ({string.Join(", ", columns.Select(c => $"{c.Name} {c.SqlType}"))}) ON COMMIT DROP",
            timeout, cancellationToken);

        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({ColumnList(columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        copy.Timeout = timeout;
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.Value(row) is { } value)
                {
                    await copy.WriteAsync(value, column.Type, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)timeout.TotalSeconds };
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
