using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>Keeps the text and parameters of the last query EF sends, as EF generated them.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    public string? Sql { get; private set; }

    public IReadOnlyList<NpgsqlParameter> Parameters { get; private set; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Sql = command.CommandText;
        Parameters = [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())];
        return ValueTask.FromResult(result);
    }
}
