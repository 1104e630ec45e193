namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The upload page: the column layout, the limits, and why the last file could not be read.</summary>
public sealed record PersonImportPageViewModel(PersonImportLayout Layout, string MaxFileMegabytes, int MaxRows, string? Error);
