using System.Globalization;
using Enbek.Bench;
using Enbek.Bench.Measuring;
using Enbek.Bench.Seeding;

// The benchmark harness of the portal (see docs/benchmarks.md and bench/run.sh).
//   seed-visits --count N [--seed 2026] [--audit off|on]       as the owner (ConnectionStrings__Owner)
//   seed-persons --count N [--seed 2026] [--audit off|on]      as the owner
//   http [--scenario all|journal,filtered,search] [--users clerk.almaty1,analyst.ministry]
//        [--portal-url http://127.0.0.1:5000] [--portal-pid PID] [--clients 2,8] [--runs 3] [--duration 2] [--requests N] [--warmup 1] [--portal-warmup 20]
//   explain [--scenario ...] [--users ...]                     the SQL EF generates and its plan
//   import-persons [--count 100000] [--runs 3] [--user clerk.almaty1] [--portal-url ...]   a file of people through the portal
// http and explain connect as the portal role (ConnectionStrings__Portal).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var line = CommandLine.Parse(args);
    switch (line.Command)
    {
        case "seed-visits":
            var seeder = new VisitSeeder(CommandLine.ConnectionString("Owner"), line.Number("seed", 2026), line.Text("audit", "off") == "on");
            var count = line.Number("count", 1_000_000);
            line.EnsureAllRead();
            await seeder.RunAsync(count, cancellation.Token);
            return 0;
        case "seed-persons":
            return await PersonSeeding.RunAsync(line, cancellation.Token);
        case "http":
            var settings = HttpSettings(line);
            line.EnsureAllRead();
            var machine = await MachineInfo.DescribeAsync(settings.PortalConnection, cancellation.Token);
            var loadBefore = MachineInfo.LoadAverage();
            var measurements = await new HttpBench(settings).RunAsync(cancellation.Token);
            Console.WriteLine($"Machine: {machine}. Load average before {loadBefore}, after {MachineInfo.LoadAverage()}.");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Each figure: median of {settings.Runs} runs of {(settings.Requests is { } n ? $"{n} requests" : $"{settings.Duration.TotalSeconds:0.#} s")} after a warm-up of {settings.PortalWarmup.TotalSeconds:0.#} s for each portal page and {settings.Warmup.TotalSeconds:0.#} s for each baseline page."));
            Console.WriteLine();
            Console.WriteLine(ResultTable.Format(measurements));
            return measurements.Any(m => m.Result.Errors > 0) ? 1 : 0;
        case "explain":
            var explain = HttpSettings(line);
            line.EnsureAllRead();
            await new HttpBench(explain).ExplainAsync(Console.Out, cancellation.Token);
            return 0;
        case "import-persons":
            return await ImportBench.CommandAsync(line, cancellation.Token);
        default:
            throw new ArgumentException($"unknown command '{line.Command}' (seed-visits, seed-persons, http, explain, import-persons)");
    }
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync("Enbek.Bench: " + e.Message);
    return 2;
}

static HttpBenchSettings HttpSettings(CommandLine line) => new(
    CommandLine.ConnectionString("Portal"),
    new Uri(line.Text("portal-url", "http://127.0.0.1:5000")),
    Scenario.Named(line.List("scenario", "all")),
    line.List("users", "clerk.almaty1,analyst.ministry"),
    [.. line.List("clients", "2,8").Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture))],
    line.Number("runs", 3),
    TimeSpan.FromSeconds(line.Seconds("duration", 2)),
    line.Number("requests", 0) is > 0 and var requests ? requests : null,
    TimeSpan.FromSeconds(line.Seconds("warmup", 1)),
    TimeSpan.FromSeconds(line.Seconds("portal-warmup", 20)),
    line.Number("portal-pid", 0) is > 0 and var pid ? pid : null);
