using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Enbek.Bench.Seeding;
using Enbek.Data.Scope;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>
/// The bulk import of people through the real portal, as a clerk does it: a generated CSV file is
/// uploaded, its preview read, the import confirmed and the report downloaded, over HTTP with the
/// clerk's own sign-in and the antiforgery token of each page. Each run imports a fresh file of new
/// people; the times of upload with preview and of the import are taken apart, and the database is
/// asked how many of the file's people the clerk's center now holds.
/// </summary>
public sealed partial class ImportBench(string portalConnection, Uri portal, string userName, int count, int runs, int seed, int? portalPid, int? postgresPid)
{
    /// <summary>A request of a 100,000-row file takes tens of seconds on a small machine.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// import-persons [--count 100000] [--runs 3] [--user clerk.almaty1] [--portal-url URL] [--seed N] [--portal-pid PID] [--postgres-pid PID]:
    /// prints the machine and the runs; with the process ids, the CPU time the portal and the database spent on the import.
    /// </summary>
    public static async Task<int> CommandAsync(CommandLine line, CancellationToken cancellationToken)
    {
        var connection = CommandLine.ConnectionString("Portal");
        var (user, count) = (line.Text("user", "clerk.almaty1"), line.Number("count", 100_000));
        var bench = new ImportBench(
            connection, new Uri(line.Text("portal-url", "http://127.0.0.1:5000")), user, count, line.Number("runs", 3), line.Number("seed", Environment.TickCount & 0xFFFFFF),
            line.Number("portal-pid", 0) is > 0 and var portalPid ? portalPid : null, line.Number("postgres-pid", 0) is > 0 and var postgresPid ? postgresPid : null);
        line.EnsureAllRead();
        var machine = await MachineInfo.DescribeAsync(connection, cancellationToken);
        var loadBefore = MachineInfo.LoadAverage();
        var runs = await bench.RunAsync(cancellationToken);
        Console.WriteLine($"Machine: {machine}. Load average before {loadBefore}, after {MachineInfo.LoadAverage()}.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Import of {count:N0} new people as {user} through the portal over HTTP; {runs.Count} runs, each a fresh file."));
        Console.WriteLine();
        Console.WriteLine(Format(runs));
        return 0;
    }

    public async Task<IReadOnlyList<ImportRun>> RunAsync(CancellationToken cancellationToken)
    {
        var clerk = await BenchUser.LoadAsync(portalConnection, userName, cancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(portalConnection);
        var random = new Random(seed);
        var results = new List<ImportRun>();
        for (var run = 1; run <= runs; run++)
        {
            Progress($"run {run} of {runs}: generating {count:N0} people");
            var file = await ImportFile.GenerateAsync(dataSource, clerk, count, random, cancellationToken);
            using var session = await PortalSession.SignInAsync(portal, clerk, cancellationToken, RequestTimeout);
            var result = await ImportAsync(session.Client, file, Cpu, cancellationToken);
            var held = await HeldAsync(dataSource, clerk, file.GoodIins, cancellationToken);
            if (held != file.GoodIins.Count)
            {
                throw new InvalidOperationException($"the database holds {held} of the {file.GoodIins.Count} people imported at the clerk's center");
            }

            results.Add(result with { Held = held });
            Progress(string.Create(CultureInfo.InvariantCulture,
                $"  {file.Rows:N0} rows ({file.Content.Length / 1048576.0:F1} MB): upload and preview {result.UploadAndPreview.TotalSeconds:F1} s, "
                + $"import {result.Import.TotalSeconds:F1} s (CPU: portal {result.ImportPortalCpu.TotalSeconds:F1} s, database {result.ImportDatabaseCpu.TotalSeconds:F1} s), page after it {result.PageAfterImport.TotalSeconds:F1} s, report {result.Report.TotalSeconds:F1} s; {held:N0} held"));
        }

        return results;
    }

    /// <summary>The runs one per line and their medians, as a Markdown table.</summary>
    public static string Format(IReadOnlyList<ImportRun> runs)
    {
        var text = new StringBuilder();
        text.AppendLine("| run | rows | file | ready / refused | upload + preview | import | import CPU: portal | import CPU: database | page after import | report (CSV) | imported (database) |");
        text.AppendLine("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (var i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {r.Rows:N0} | {r.FileBytes / 1048576.0:F1} MB | {r.Ready:N0} / {r.Refused:N0} | {Seconds(r.UploadAndPreview)} | {Seconds(r.Import)} | {Seconds(r.ImportPortalCpu)} | {Seconds(r.ImportDatabaseCpu)} | {Seconds(r.PageAfterImport)} | {Seconds(r.Report)} | {r.Held:N0} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **median** | | | | **{Seconds(Median(runs, r => r.UploadAndPreview))}** | **{Seconds(Median(runs, r => r.Import))}** | {Seconds(Median(runs, r => r.ImportPortalCpu))} | {Seconds(Median(runs, r => r.ImportDatabaseCpu))} | {Seconds(Median(runs, r => r.PageAfterImport))} | {Seconds(Median(runs, r => r.Report))} | |");
        return text.ToString();
    }

    /// <summary>CPU time so far of the portal and of the database server's processes (zero when their ids were not given).</summary>
    private (Dictionary<int, TimeSpan> Portal, Dictionary<int, TimeSpan> Database) Cpu() =>
        (portalPid is { } p ? ProcessCpu.Read(p, children: false) : [], postgresPid is { } d ? ProcessCpu.Read(d, children: true) : []);

    private static async Task<ImportRun> ImportAsync(
        HttpClient client, ImportFile file, Func<(Dictionary<int, TimeSpan> Portal, Dictionary<int, TimeSpan> Database)> cpu, CancellationToken cancellationToken)
    {
        var uploadPage = await client.GetStringAsync("/Registry/PersonImport", cancellationToken);
        var started = Stopwatch.GetTimestamp();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PortalSession.Token(uploadPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(file.Content), "file", "persons.csv" },
        };
        var previewUrl = await RedirectAsync(await client.PostAsync("/Registry/PersonImport/Upload", form, cancellationToken), "upload", cancellationToken);
        var preview = await client.GetStringAsync(previewUrl, cancellationToken);
        var uploadAndPreview = Stopwatch.GetElapsedTime(started);
        var (ready, refused) = (Count(preview, "ready-count"), Count(preview, "refused-count"));
        if (ready != file.GoodIins.Count || refused != file.RefusedRows)
        {
            throw new InvalidOperationException($"the preview shows {ready} ready and {refused} refused rows; the file has {file.GoodIins.Count} good and {file.RefusedRows} bad");
        }

        var confirm = ConfirmForm().Match(preview) is { Success: true } tag
            ? tag.Value
            : throw new InvalidOperationException("the preview has no import button");
        using var fields = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PortalSession.Token(preview)),
            new("fingerprint", WebUtility.HtmlDecode(Attribute(FingerprintInput().Match(preview).Value, "value"))),
        ]);
        var cpuBefore = cpu();
        started = Stopwatch.GetTimestamp();
        var afterImport = await RedirectAsync(await client.PostAsync(WebUtility.HtmlDecode(Attribute(confirm, "action")), fields, cancellationToken), "import", cancellationToken);
        var import = Stopwatch.GetElapsedTime(started);
        var cpuAfter = cpu();

        started = Stopwatch.GetTimestamp();
        var page = await client.GetStringAsync(afterImport, cancellationToken);
        var pageAfterImport = Stopwatch.GetElapsedTime(started);
        if (Count(page, "imported-count") != file.GoodIins.Count)
        {
            throw new InvalidOperationException($"the page after the import shows {Count(page, "imported-count")} imported, not {file.GoodIins.Count}");
        }

        started = Stopwatch.GetTimestamp();
        var reportUrl = WebUtility.HtmlDecode(Attribute(ReportLink().Match(page).Value, "href"));
        var report = await client.GetByteArrayAsync(reportUrl, cancellationToken);
        var reportTime = Stopwatch.GetElapsedTime(started);
        var reportLines = Encoding.UTF8.GetString(report).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        if (reportLines != file.Rows + 1)
        {
            throw new InvalidOperationException($"the report has {reportLines} lines for {file.Rows} rows and a header");
        }

        return new ImportRun(file.Rows, file.Content.Length, ready, refused, uploadAndPreview, import,
            ProcessCpu.Used(cpuBefore.Portal, cpuAfter.Portal), ProcessCpu.Used(cpuBefore.Database, cpuAfter.Database), pageAfterImport, reportTime, 0);
    }

    private static async Task<string> RedirectAsync(HttpResponseMessage response, string step, CancellationToken cancellationToken)
    {
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var message = ErrorMessage().Match(body) is { Success: true } error ? WebUtility.HtmlDecode(error.Groups[1].Value) : body[..Math.Min(body.Length, 300)];
                throw new InvalidOperationException($"the {step} answered {(int)response.StatusCode}: {message}");
            }

            return location.OriginalString;
        }
    }

    /// <summary>How many people of the file the clerk's center holds, read under the clerk's scope.</summary>
    private static async Task<int> HeldAsync(NpgsqlDataSource dataSource, BenchUser clerk, IReadOnlyList<string> iins, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ScopeSession.ApplyAsync(connection, clerk.Actor, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM persons WHERE iin = ANY($1) AND center_id = $2", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. iins] });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = clerk.Scope.OrganisationId });
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static int Count(string page, string id) =>
        Regex.Match(page, $"id=\"{id}\">([0-9 ,\u00a0\u202f]+)<") is { Success: true } match
            ? int.Parse(Regex.Replace(match.Groups[1].Value, "[^0-9]", string.Empty), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"the page has no {id}");

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"no {name} in {tag}");

    private static TimeSpan Median(IReadOnlyList<ImportRun> runs, Func<ImportRun, TimeSpan> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";

    private static void Progress(string line) => Console.Error.WriteLine(line);

    [GeneratedRegex("<form[^>]*id=\"import-confirm\"[^>]*>")]
    private static partial Regex ConfirmForm();

    [GeneratedRegex("<input[^>]*name=\"fingerprint\"[^>]*>")]
    private static partial Regex FingerprintInput();

    [GeneratedRegex("id=\"import-error\">([^<]*)<")]
    private static partial Regex ErrorMessage();

    [GeneratedRegex("<a[^>]*id=\"report-csv\"[^>]*>")]
    private static partial Regex ReportLink();
}

/// <summary>One import through the portal: the file, what the preview counted, the times of each step, and how many people the database holds afterwards.</summary>
public sealed record ImportRun(
    int Rows, int FileBytes, int Ready, int Refused, TimeSpan UploadAndPreview, TimeSpan Import, TimeSpan ImportPortalCpu, TimeSpan ImportDatabaseCpu,
    TimeSpan PageAfterImport, TimeSpan Report, int Held);
