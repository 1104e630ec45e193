namespace Enbek.Web.Infrastructure;

/// <summary>A spreadsheet read from a file: the header cells and the rows below them, blank rows left out.</summary>
public sealed record ImportTable(IReadOnlyList<string> Header, IReadOnlyList<ImportTableRow> Rows);
