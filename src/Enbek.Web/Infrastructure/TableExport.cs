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

    public static byte[] Xlsx(string[] header, IEnumerable<string[]> rows)
    {
        var sheet = rows.Select(cells =>
        {
            var record = new Dictionary<string, object>();
            for (var i = 0; i < header.Length; i++)
            {
                record[header[i]] = Defuse(cells[i]);
            }

            return record;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
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
