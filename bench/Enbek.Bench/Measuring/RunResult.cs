namespace Enbek.Bench.Measuring;

/// <summary>
/// One timed run: latency percentiles in milliseconds, completed requests per second, failures, and
/// where it was measured, the server process's CPU time per request in milliseconds.
/// </summary>
public sealed record RunResult(double P50, double P95, double P99, double RequestsPerSecond, int Requests, int Errors, double? CpuPerRequest = null)
{
    public static RunResult From(List<double> latencies, TimeSpan elapsed, int errors)
    {
        latencies.Sort();
        return new RunResult(
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            latencies.Count / elapsed.TotalSeconds, latencies.Count, errors);
    }

    /// <summary>Each figure the median of the runs' figures (runs are few, so one slow run does not move it).</summary>
    public static RunResult Median(IReadOnlyList<RunResult> runs) => new(
        MedianOf(runs.Select(r => r.P50)), MedianOf(runs.Select(r => r.P95)), MedianOf(runs.Select(r => r.P99)),
        MedianOf(runs.Select(r => r.RequestsPerSecond)), runs.Sum(r => r.Requests), runs.Sum(r => r.Errors),
        runs.All(r => r.CpuPerRequest is not null) ? MedianOf(runs.Select(r => r.CpuPerRequest!.Value)) : null);

    /// <summary>Nearest rank on sorted values.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
