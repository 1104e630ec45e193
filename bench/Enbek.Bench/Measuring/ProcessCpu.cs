using System.Globalization;

namespace Enbek.Bench.Measuring;

/// <summary>
/// CPU time used by processes (Linux /proc): a process and, for a PostgreSQL server, its children (the
/// backends and workers), so a step's cost can be read apart from the wall time that other work on
/// the machine stretches.
/// </summary>
public static class ProcessCpu
{
    /// <summary>CPU time so far per process id: the process itself, or with <paramref name="children"/> every child of it.</summary>
    public static Dictionary<int, TimeSpan> Read(int pid, bool children)
    {
        var times = new Dictionary<int, TimeSpan>();
        if (!Directory.Exists("/proc"))
        {
            return times;
        }

        foreach (var dir in children ? Directory.EnumerateDirectories("/proc") : [$"/proc/{pid}"])
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue; // the process ended meanwhile
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // after the command's closing bracket: state, ppid, … utime (14th field), stime (15th)
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (!children || int.Parse(fields[1], CultureInfo.InvariantCulture) == pid)
            {
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                times[id] = TimeSpan.FromSeconds(ticks / 100.0);
            }
        }

        return times;
    }

    /// <summary>CPU used between two reads; a process started in between counts from zero.</summary>
    public static TimeSpan Used(Dictionary<int, TimeSpan> before, Dictionary<int, TimeSpan> after) =>
        after.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Value - before.GetValueOrDefault(p.Key));
}
