using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Printing;

/// <summary>
/// Turns a self-contained HTML document (styles inline, no external resources) into a PDF with headless chromium.
/// Each print gets its own temporary folder and browser profile, removed afterwards.
/// </summary>
public sealed class PdfPrinter(IOptions<PrintOptions> options, ILogger<PdfPrinter> logger) : IDisposable
{
    private readonly PrintOptions settings = options.Value;
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.MaxConcurrentPrints));

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.ChromiumPath))
        {
            throw new PdfPrintingUnavailableException($"Chromium is not installed at {settings.ChromiumPath}.");
        }

        await slots.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("enbek-print-");
        try
        {
            var page = Path.Combine(folder.FullName, "document.html");
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            await RunChromiumAsync(folder.FullName, page, pdf, cancellationToken);
            return File.Exists(pdf) && new FileInfo(pdf).Length > 0
                ? await File.ReadAllBytesAsync(pdf, cancellationToken)
                : throw new PdfPrintingUnavailableException("Chromium wrote no PDF.");
        }
        finally
        {
            slots.Release();
            TryDelete(folder);
        }
    }

    private async Task RunChromiumAsync(string folder, string page, string pdf, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(settings.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={pdf}",
            new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PdfPrintingUnavailableException("Chromium did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException exception)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new PdfPrintingUnavailableException($"Chromium took longer than {settings.TimeoutSeconds} s.", exception);
        }

        await Task.WhenAll(output, errors);
        if (process.ExitCode != 0)
        {
            logger.LogWarning("Chromium exited with {ExitCode} while printing a PDF: {Errors}", process.ExitCode, await errors);
            throw new PdfPrintingUnavailableException($"Chromium exited with {process.ExitCode}.");
        }
    }

    private void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "A print folder could not be removed: {Folder}", folder.FullName);
        }
    }

    public void Dispose() => slots.Dispose();
}
