using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// A list as a file: CSV in UTF-8 with a BOM (',' or ';' so that Excel in Russian opens it) or .xlsx.
/// Cells that a spreadsheet would run as a formula are defused.
/// </summary>
public static class TableExport
{
    public static byte[] Csv(string[] header, IEnumerable<string[]> rows, char separator)
    {
        var text = new StringBuilder();
        Append(text, header, separator);
        foreach (var row in rows)
        {
            Append(text, row, separator);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(string[] header, IEnumerable<string[]> rows) => Xlsx(new XlsxSheet("Sheet1", header, rows));

    /// <summary>A workbook of several sheets, each with its header row (a sheet may have no other row).</summary>
    public static byte[] Xlsx(params XlsxSheet[] sheets)
    {
        var book = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            book[sheet.Name] = (List<Dictionary<string, object>>)[Cells(sheet.Header), .. sheet.Rows.Select(cells => Cells([.. cells.Select(Defuse)]))];
        }

        using var stream = new MemoryStream();
        stream.SaveAs(book, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>A row keyed by column number, so that equal headers stay apart and the header is written as a row.</summary>
    private static Dictionary<string, object> Cells(string[] cells)
    {
        var record = new Dictionary<string, object>();
        for (var i = 0; i < cells.Length; i++)
        {
            record[i.ToString(CultureInfo.InvariantCulture)] = cells[i];
        }

        return record;
    }

    /// <summary>A leading = + - @ would run as a formula in a spreadsheet.</summary>
    private static string Defuse(string cell) => cell.Length > 0 && "=+-@".Contains(cell[0]) ? "'" + cell : cell;

    private static void Append(StringBuilder text, string[] cells, char separator)
    {
        text.AppendJoin(separator, cells.Select(Defuse).Select(c =>
            c.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c));
        text.Append("\r\n");
    }
}
