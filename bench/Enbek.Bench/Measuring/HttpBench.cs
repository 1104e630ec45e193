using System.Globalization;
using System.Text.RegularExpressions;
using Enbek.Application.Registry;
using Enbek.Domain.Calendar;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>
/// Measures each scenario, as each user, three ways in the same run: the real portal over HTTP, the
/// same SQL directly with Npgsql, and the minimal page. Runs are interleaved (portal, SQL, minimal,
/// then again), so a change in the machine's load touches all three alike; each figure is the median
/// of the runs.
/// </summary>
public sealed class HttpBench(HttpBenchSettings settings)
{
    public async Task<IReadOnlyList<Measurement>> RunAsync(CancellationToken cancellationToken)
    {
        var today = KazakhstanTime.LocalDate(DateTimeOffset.UtcNow, ReceptionJournalService.JournalTimeZone);
        var users = new List<BenchUser>();
        foreach (var name in settings.Users)
        {
            users.Add(await BenchUser.LoadAsync(settings.PortalConnection, name, cancellationToken));
        }

        var items = new List<(Scenario Scenario, BenchUser User, ScenarioPage Page)>();
        foreach (var scenario in settings.Scenarios)
        {
            foreach (var user in users)
            {
                items.Add((scenario, user, await scenario.PrepareAsync(settings.PortalConnection, user, today, cancellationToken)));
            }
        }

        await using var dataSource = NpgsqlDataSource.Create(settings.PortalConnection);
        await using var minimal = await MinimalPage.StartAsync(dataSource, [.. items.Select(i => i.Page.Query)]);
        using var minimalClient = HttpClients.Create(minimal.BaseAddress);
        var sessions = new Dictionary<string, PortalSession>();
        try
        {
            foreach (var user in users)
            {
                sessions[user.UserName] = await PortalSession.SignInAsync(settings.Portal, user, cancellationToken);
            }

            var runner = new LoadRunner(settings.Duration, settings.Requests);
            var warmup = new LoadRunner(settings.Warmup, null);
            var portalWarmup = new LoadRunner(settings.PortalWarmup, null);
            var prepared = new List<(Scenario Scenario, BenchUser User, Way[] Ways)>();
            for (var index = 0; index < items.Count; index++)
            {
                var (scenario, user, (path, query)) = items[index];
                var portal = sessions[user.UserName].Client;
                await CheckSamePageAsync(portal, path, query, scenario.DetailsPath, cancellationToken);
                var sqlRows = await query.ExecuteAsync(dataSource, ReadAll, cancellationToken);
                var minimalPath = MinimalPage.PathOf(index);
                prepared.Add((scenario, user,
                [
                    new(ResultTable.Portal, (r, ct) => r.GetAsync(portal, path, ct)),
                    new(ResultTable.Sql, async (_, ct) => await query.ExecuteAsync(dataSource, ReadAll, ct) == sqlRows),
                    new(ResultTable.Minimal, (r, ct) => r.GetAsync(minimalClient, minimalPath, ct)),
                ]));
            }

            // Every page of every way before any measurement. The portal serves for days and is measured
            // warm: its JIT (tiered compilation, with profile-guided re-compilation) takes tens of seconds
            // of load to settle, and would otherwise be counted against the first scenarios.
            Progress("warming up");
            foreach (var way in prepared.SelectMany(p => p.Ways))
            {
                var warming = way.Name == ResultTable.Portal ? portalWarmup : warmup;
                await warming.RunAsync(settings.Clients.Max(), ct => way.Request(warming, ct), cancellationToken);
            }

            var measurements = new List<Measurement>();
            foreach (var (scenario, user, ways) in prepared)
            {
                Progress($"{scenario.Name} as {user.UserName}");
                foreach (var clients in settings.Clients)
                {
                    var runs = ways.ToDictionary(w => w.Name, _ => new List<RunResult>());
                    for (var run = 0; run < settings.Runs; run++)
                    {
                        foreach (var way in ways)
                        {
                            var cpu = way.Name == ResultTable.Portal ? PortalCpu() : null;
                            var result = await runner.RunAsync(clients, ct => way.Request(runner, ct), cancellationToken);
                            runs[way.Name].Add(cpu is { } before && PortalCpu() is { } after && result.Requests > 0
                                ? result with { CpuPerRequest = (after - before).TotalMilliseconds / result.Requests }
                                : result);
                        }
                    }

                    foreach (var way in ways)
                    {
                        var median = RunResult.Median(runs[way.Name]);
                        measurements.Add(new Measurement(scenario.Name, user.UserName, clients, way.Name, median));
                        Progress(string.Create(CultureInfo.InvariantCulture,
                            $"  {clients} clients, {way.Name,-12} p50 {median.P50,7:F2} ms  p95 {median.P95,7:F2} ms  {median.RequestsPerSecond,7:N0} req/s  errors {median.Errors}"));
                    }
                }

                if (runner.FirstError is { } error)
                {
                    Progress($"  first failure: {error}");
                }
            }

            return measurements;
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                session.Dispose();
            }
        }
    }

    /// <summary>Prints each query's SQL, as EF generated it, and its plan under the user's scope.</summary>
    public async Task ExplainAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var today = KazakhstanTime.LocalDate(DateTimeOffset.UtcNow, ReceptionJournalService.JournalTimeZone);
        await using var dataSource = NpgsqlDataSource.Create(settings.PortalConnection);
        foreach (var scenario in settings.Scenarios)
        {
            foreach (var name in settings.Users)
            {
                var user = await BenchUser.LoadAsync(settings.PortalConnection, name, cancellationToken);
                var (path, query) = await scenario.PrepareAsync(settings.PortalConnection, user, today, cancellationToken);
                await output.WriteLineAsync($"-- {scenario.Name} ({scenario.Description}) as {name}, scope {user.Scope.Level} {user.Scope.Path}: {path}");
                foreach (var command in query.Commands)
                {
                    await output.WriteLineAsync("-- parameters: " + string.Join(", ", command.Parameters.Select(p => $"{p.ParameterName} = {Format(p.Value)}")));
                    await output.WriteLineAsync(command.Sql + ";");
                }

                await output.WriteLineAsync(await query.ExplainAsync(dataSource, cancellationToken));
            }
        }
    }

    /// <summary>One way of serving the page: a request that says whether it succeeded (the runner keeps the first failure).</summary>
    private sealed record Way(string Name, Func<LoadRunner, CancellationToken, Task<bool>> Request);

    /// <summary>CPU time the portal's process has used so far, when its process id was given.</summary>
    private TimeSpan? PortalCpu()
    {
        if (settings.PortalProcessId is not { } pid)
        {
            return null;
        }

        using var process = System.Diagnostics.Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    /// <summary>The portal's page and the SQL list the same rows: as many detail links as the service's page has rows.</summary>
    private static async Task CheckSamePageAsync(HttpClient portal, string path, PageQuery query, string detailsPath, CancellationToken cancellationToken)
    {
        using var response = await portal.GetAsync(path, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var links = Regex.Count(html, Regex.Escape($"href=\"{detailsPath}") + "[0-9]+\"");
        if (response.StatusCode != System.Net.HttpStatusCode.OK || links != query.Rows)
        {
            throw new InvalidOperationException($"{path} as {query.User.UserName}: {(int)response.StatusCode}, {links} rows on the page, {query.Rows} from the service");
        }
    }

    private static void ReadAll(NpgsqlDataReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            _ = reader.GetValue(i);
        }
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "NULL",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        string s => $"'{s}'",
        System.Collections.IEnumerable items => "{" + string.Join(",", items.Cast<object?>().Select(Format)) + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void Progress(string line) => Console.Error.WriteLine(line);
}
