namespace Enbek.Web.Printing;

/// <summary>How documents become PDF: Debian's chromium prints the rendered page, at most a few at a time.</summary>
public sealed class PrintOptions
{
    public const string Section = "Enbek:Printing";

    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>A print that takes longer is stopped and reported as unavailable, never left running.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Chromium takes a few hundred MB per print: two at once keep a 2-core server responsive.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;
}
