using System.Globalization;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>What the figures were measured on: cores, memory, processor, PostgreSQL, and the load average (Linux).</summary>
public static class MachineInfo
{
    public static async Task<string> DescribeAsync(string portalConnection, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(portalConnection);
        await using var command = dataSource.CreateCommand("SHOW server_version");
        var postgres = await command.ExecuteScalarAsync(cancellationToken);
        var memory = Field("/proc/meminfo", "MemTotal") is { } kb
            ? (long.Parse(kb.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) + " GiB"
            : "unknown";
        return $"{Environment.ProcessorCount} cores, {memory} RAM, {Field("/proc/cpuinfo", "model name") ?? "unknown processor"}; PostgreSQL {postgres}";
    }

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine changes the figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? Field(string file, string name) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
