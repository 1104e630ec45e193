namespace Enbek.Web.Infrastructure;

/// <summary>One sheet of a workbook written by <see cref="TableExport"/>.</summary>
public sealed record XlsxSheet(string Name, string[] Header, IEnumerable<string[]> Rows);
