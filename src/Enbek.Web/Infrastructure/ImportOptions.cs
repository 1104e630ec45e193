namespace Enbek.Web.Infrastructure;

/// <summary>Limits of a file import and where uploaded files wait for their import (Enbek:Import).</summary>
public sealed class ImportOptions
{
    public const string Section = "Enbek:Import";

    /// <summary>
    /// The largest file accepted (32 MB): a CSV of 100,000 people with addresses is about 17 MB, an
    /// .xlsx about a third of that; under the page's 64 MB request limit.
    /// </summary>
    public long MaxFileBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>The most rows one file may hold: 100,000 people (their import is measured, docs/benchmarks.md) and room for rows to refuse.</summary>
    public int MaxRows { get; set; } = 120_000;

    /// <summary>Folder of files waiting for their import; empty = enbek-imports in the system's temporary folder.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>How long an uploaded file is kept.</summary>
    public TimeSpan KeptFor { get; set; } = TimeSpan.FromHours(24);
}
