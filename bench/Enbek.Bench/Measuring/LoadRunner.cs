using System.Diagnostics;

namespace Enbek.Bench.Measuring;

/// <summary>
/// Closed-loop load: each client sends its next request when the previous one is answered, until the
/// run's duration has passed or its request count is reached. Bounded in time and count.
/// </summary>
public sealed class LoadRunner(TimeSpan duration, int? requestCount)
{
    /// <summary>The first failure's message, kept to explain an error count.</summary>
    public string? FirstError { get; private set; }

    public async Task<RunResult> RunAsync(int clients, Func<CancellationToken, Task<bool>> request, CancellationToken cancellationToken)
    {
        var issued = 0;
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            while (!cancellationToken.IsCancellationRequested
                && (requestCount is { } limit ? Interlocked.Increment(ref issued) <= limit : Stopwatch.GetTimestamp() < deadline))
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await request(cancellationToken);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or Npgsql.NpgsqlException)
                {
                    FirstError ??= e.Message;
                    ok = false;
                }

                if (ok)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }

            return latencies;
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return RunResult.From([.. perClient.SelectMany(l => l)], elapsed, errors);
    }

    /// <summary>An HTTP GET that counts only a 200 whose body was read in full.</summary>
    public async Task<bool> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            FirstError ??= $"{path}: {(int)response.StatusCode} {response.Headers.Location}";
            return false;
        }

        return true;
    }
}
