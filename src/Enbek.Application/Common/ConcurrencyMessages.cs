namespace Enbek.Application.Common;

/// <summary>The message of an edit made on a stale page (its xmin changed since the page was shown).</summary>
public static class ConcurrencyMessages
{
    public const string Field = "Version";
    public const string ChangedByOthers = "Someone else changed this record meanwhile. Review it and try again.";
}
