using System.Text;
using Enbek.Application.Registry;
using Enbek.Data;
using Enbek.Data.Scope;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>
/// The SQL of one list page exactly as the portal sends it: captured from EF while the real service
/// (<see cref="ReceptionJournalService"/>, <see cref="Application.Registry.Persons.PersonSearchService"/>)
/// lists the page for the user, then run directly with Npgsql on the portal role, with the user's
/// scope set on the connection as the portal sets it.
/// </summary>
public sealed class PageQuery
{
    private PageQuery(BenchUser user, string sql, IReadOnlyList<NpgsqlParameter> parameters, int rows)
    {
        User = user;
        Sql = sql;
        Parameters = parameters;
        Rows = rows;
    }

    public BenchUser User { get; }

    public string Sql { get; }

    public IReadOnlyList<NpgsqlParameter> Parameters { get; }

    /// <summary>Rows of the page the service built (the query reads one more, to know whether a next page exists).</summary>
    public int Rows { get; }

    /// <summary>Runs <paramref name="list"/> (a service listing one page, returning its row count) for the user and keeps the last query EF sent.</summary>
    public static async Task<PageQuery> CaptureAsync(
        string portalConnection, BenchUser user, Func<EnbekDbContext, FixedActor, CancellationToken, Task<int>> list, CancellationToken cancellationToken)
    {
        var actor = user.Actor;
        var capture = new SqlCapture();
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        EnbekDatabase.Configure(options, portalConnection).AddInterceptors(new ScopeConnectionInterceptor(actor), capture);
        await using var db = new EnbekDbContext(options.Options, actor);
        var rows = await list(db, actor, cancellationToken);
        return new PageQuery(user, capture.Sql ?? throw new InvalidOperationException("EF sent no query"), capture.Parameters, rows);
    }

    /// <summary>Opens a pooled connection (reset on return), sets the scope, runs the query and hands each row over.</summary>
    public async Task<int> ExecuteAsync(NpgsqlDataSource dataSource, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ScopeSession.ApplyAsync(connection, User.Actor, cancellationToken);
        await using var command = Command(connection, Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
            count++;
        }

        return count;
    }

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of the query under the user's scope, after one warm run.</summary>
    public async Task<string> ExplainAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await ExecuteAsync(dataSource, _ => { }, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ScopeSession.ApplyAsync(connection, User.Actor, cancellationToken);
        await using var command = Command(connection, "EXPLAIN (ANALYZE, BUFFERS) " + Sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var plan = new StringBuilder();
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.AppendLine(reader.GetString(0));
        }

        return plan.ToString();
    }

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}
