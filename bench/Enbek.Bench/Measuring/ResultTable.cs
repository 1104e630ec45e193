using System.Globalization;
using System.Text;

namespace Enbek.Bench.Measuring;

/// <summary>
/// The figures as a Markdown table (readable in a terminal, pasted as is into docs/benchmarks.md), with
/// the portal's figures divided by the minimal page's and by direct SQL's under each group. Server CPU
/// is the portal process's CPU time per request (given its process id); the minimal page and direct
/// SQL run inside the bench process, beside the load generator, so they have none of their own.
/// </summary>
public static class ResultTable
{
    public const string Portal = "portal", Minimal = "minimal page", Sql = "SQL direct";

    public static string Format(IReadOnlyList<Measurement> measurements)
    {
        var table = new StringBuilder();
        table.AppendLine("| scenario | user | clients | measured | p50 ms | p95 ms | p99 ms | req/s | server CPU ms/req | errors |");
        table.AppendLine("|---|---|--:|---|--:|--:|--:|--:|--:|--:|");
        foreach (var group in measurements.GroupBy(m => (m.Scenario, m.User, m.Clients)))
        {
            var (scenario, user, clients) = group.Key;
            foreach (var m in group)
            {
                var r = m.Result;
                table.AppendLine(Invariant($"| {scenario} | {user} | {clients} | {m.Way} | {r.P50:F2} | {r.P95:F2} | {r.P99:F2} | {r.RequestsPerSecond:N0} | {(r.CpuPerRequest is { } cpu ? cpu.ToString("F2", CultureInfo.InvariantCulture) : "")} | {r.Errors} |"));
            }

            var portal = group.SingleOrDefault(m => m.Way == Portal)?.Result;
            foreach (var (name, baseline) in new[] { ("portal / minimal", Minimal), ("portal / SQL", Sql) })
            {
                if (portal is not null && group.SingleOrDefault(m => m.Way == baseline)?.Result is { } b)
                {
                    table.AppendLine(Invariant(
                        $"| | | | *{name}* | *{portal.P50 / b.P50:F1}×* | *{portal.P95 / b.P95:F1}×* | *{portal.P99 / b.P99:F1}×* | *{portal.RequestsPerSecond / b.RequestsPerSecond:F2}×* | | |"));
                }
            }
        }

        return table.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
