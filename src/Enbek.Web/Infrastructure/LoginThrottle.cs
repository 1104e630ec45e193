using System.Collections.Concurrent;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// A rate limit on the login form keyed by address and user name, so one client cannot try passwords
/// quickly for an account (Identity's lockout then stops it for good) without locking out everyone
/// behind the same address.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxAttempts = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    /// <summary>Records an attempt and tells whether it is allowed.</summary>
    public bool TryAttempt(string? address, string userName)
    {
        var key = $"{address}|{userName.Trim().ToUpperInvariant()}";
        var now = clock.GetUtcNow();
        var queue = _attempts.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() > Window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= MaxAttempts)
            {
                return false;
            }

            queue.Enqueue(now);
            return true;
        }
    }
}
