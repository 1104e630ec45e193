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
    private PageQuery(BenchUser user, IReadOnlyList<CapturedCommand> commands, int rows)
    {
        User = user;
        Commands = commands;
        Rows = rows;
    }

    public BenchUser User { get; }

    /// <summary>Every query the page sends, in order; the last one reads the rows (a search may first look up words).</summary>
    public IReadOnlyList<CapturedCommand> Commands { get; }

    /// <summary>Rows of the page the service built (the query reads one more, to know whether a next page exists).</summary>
    public int Rows { get; }

    /// <summary>Runs <paramref name="list"/> (a service listing one page, returning its row count) for the user and keeps the queries EF sent.</summary>
    public static async Task<PageQuery> CaptureAsync(
        string portalConnection, BenchUser user, Func<EnbekDbContext, FixedActor, CancellationToken, Task<int>> list, CancellationToken cancellationToken)
    {
        var actor = user.Actor;
        var capture = new SqlCapture();
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        EnbekDatabase.ConfigureScoped(options, portalConnection).AddInterceptors(capture);
        await using var db = new EnbekDbContext(options.Options) { Actor = actor };
        var rows = await list(db, actor, cancellationToken);
        return capture.Commands.Count > 0 ? new PageQuery(user, capture.Commands, rows) : throw new InvalidOperationException("EF sent no query");
    }

    /// <summary>Opens a pooled connection (reset on return), sets the scope, runs the queries and hands each row of the last one over.</summary>
    public async Task<int> ExecuteAsync(NpgsqlDataSource dataSource, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ScopeSession.ApplyAsync(connection, User.Actor, cancellationToken);
        var count = 0;
        for (var i = 0; i < Commands.Count; i++)
        {
            var last = i == Commands.Count - 1;
            await using var command = Command(connection, Commands[i], string.Empty);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (last)
                {
                    row(reader);
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of each query under the user's scope, after one warm run.</summary>
    public async Task<string> ExplainAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await ExecuteAsync(dataSource, _ => { }, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ScopeSession.ApplyAsync(connection, User.Actor, cancellationToken);
        var plan = new StringBuilder();
        foreach (var captured in Commands)
        {
            await using var command = Command(connection, captured, "EXPLAIN (ANALYZE, BUFFERS) ");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        return plan.ToString();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, CapturedCommand captured, string prefix)
    {
        var command = new NpgsqlCommand(prefix + captured.Sql, connection);
        foreach (var parameter in captured.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}
