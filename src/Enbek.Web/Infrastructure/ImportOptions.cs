namespace Enbek.Web.Infrastructure;

/// <summary>Limits of a file import and where uploaded files wait for their import (Enbek:Import).</summary>
public sealed class ImportOptions
{
    public const string Section = "Enbek:Import";

    /// <summary>The largest file accepted (5 MB).</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The most rows one file may hold.</summary>
    public int MaxRows { get; set; } = 20_000;

    /// <summary>Folder of files waiting for their import; empty = enbek-imports in the system's temporary folder.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>How long an uploaded file is kept.</summary>
    public TimeSpan KeptFor { get; set; } = TimeSpan.FromHours(24);
}
