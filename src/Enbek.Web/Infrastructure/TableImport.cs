using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Enbek.Data.Csv;
using MiniExcelLibs;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// Reads an uploaded table: the first sheet of an .xlsx, or CSV in UTF-8 (with or without a BOM)
/// separated by ',' or ';'. The kind is told from the content, not the file name; a file that is
/// neither gives a message key, never an exception.
/// </summary>
public static class TableImport
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OldExcelSignature = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryRead(byte[] content, [NotNullWhen(true)] out ImportTable? table, [NotNullWhen(false)] out string? errorKey)
    {
        table = null;
        IEnumerable<object?[]> rows;
        if (content.Length == 0)
        {
            errorKey = "The file is empty.";
            return false;
        }

        if (content.AsSpan().StartsWith(ZipSignature))
        {
            if (!TryReadXlsx(content, out var sheet))
            {
                errorKey = "The .xlsx file cannot be read. Save it again from the spreadsheet program, or as CSV UTF-8.";
                return false;
            }

            rows = sheet;
        }
        else if (content.AsSpan().StartsWith(OldExcelSignature))
        {
            errorKey = "Excel 97–2003 files (.xls) cannot be read. Save the file as .xlsx or as CSV UTF-8.";
            return false;
        }
        else if (!TryDecode(content, out var text))
        {
            errorKey = "This is not a CSV file in UTF-8 or an .xlsx file. Save the table as .xlsx or as CSV UTF-8.";
            return false;
        }
        else
        {
            rows = CsvParser.Parse(new StringReader(text), Separator(text));
        }

        table = Table(rows);
        errorKey = table is null ? "The file has no rows." : null;
        return table is not null;
    }

    /// <summary>A cell as text: numbers without exponent or group separators, dates as yyyy-MM-dd.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double x => x.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim() ?? string.Empty,
    };

    private static ImportTable? Table(IEnumerable<object?[]> rows)
    {
        IReadOnlyList<string>? header = null;
        var body = new List<ImportTableRow>();
        var line = 0;
        foreach (var cells in rows)
        {
            line++;
            if (cells.All(c => Text(c).Length == 0))
            {
                continue;
            }

            if (header is null)
            {
                header = [.. cells.Select(Text)];
            }
            else
            {
                body.Add(new ImportTableRow(line, cells));
            }
        }

        return header is null ? null : new ImportTable(header, body);
    }

    private static bool TryReadXlsx(byte[] content, out List<object?[]> rows)
    {
        rows = [];
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                rows.Add([.. row.Values]);
            }

            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A zip that is not a workbook, or a damaged one: the clerk is told to save it again.
            return false;
        }
    }

    private static bool TryDecode(byte[] content, out string text)
    {
        text = string.Empty;
        var body = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? content.AsSpan(Encoding.UTF8.Preamble.Length) : content.AsSpan();
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // Control characters other than tab and line breaks mean a binary file, not a table.
        return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
    }

    /// <summary>';' when the first line has more of them than of ',' (outside quotes), as spreadsheets in Russian write.</summary>
    private static char Separator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
