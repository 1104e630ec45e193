namespace Enbek.Web.Infrastructure;

/// <summary>
/// One row of an uploaded table with its number as the spreadsheet shows it (the header is row 1 when
/// it is the first). Cells are text from CSV; from .xlsx also numbers (double) and dates (DateTime).
/// </summary>
public sealed record ImportTableRow(int Line, IReadOnlyList<object?> Cells);
