using System.Globalization;
using System.Text;
using Enbek.Application.Registry;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>The journal as a file in the user's language: CSV (UTF-8 with BOM, ',' or ';') or .xlsx.</summary>
public sealed class ReceptionExport(IStringLocalizer<SharedResource> t)
{
    private string[] Header() =>
    [
        t["Date and time"], t["Person"], t["IIN"], t["Phone"], t["Purpose"], t["Outcome"], t["Clerk"], t["Employment center"], t["Notes"],
    ];

    private string[] Cells(ReceptionRow row)
    {
        var local = ReceptionJournalService.LocalTime(row.VisitedAt);
        return
        [
            local.ToString("g", CultureInfo.CurrentCulture), row.PersonName, row.Iin ?? string.Empty, row.Phone ?? string.Empty,
            t["Purpose." + row.Purpose], t["Outcome." + row.Outcome], row.ClerkName,
            row.CenterName.ToString(), row.Notes ?? string.Empty,
        ];
    }

    public byte[] Csv(IEnumerable<ReceptionRow> rows, char separator)
    {
        var text = new StringBuilder();
        Append(text, Header(), separator);
        foreach (var row in rows)
        {
            Append(text, Cells(row), separator);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public byte[] Xlsx(IEnumerable<ReceptionRow> rows)
    {
        var header = Header();
        var sheet = rows.Select(row =>
        {
            var cells = Cells(row);
            var record = new Dictionary<string, object>();
            for (var i = 0; i < header.Length; i++)
            {
                record[header[i]] = cells[i];
            }

            return record;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    private static void Append(StringBuilder text, string[] cells, char separator)
    {
        // A leading = + - @ would run as a formula in a spreadsheet.
        cells = [.. cells.Select(c => c.Length > 0 && "=+-@".Contains(c[0]) ? "'" + c : c)];
        text.AppendJoin(separator, cells.Select(c => c.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c));
        text.Append("\r\n");
    }
}
