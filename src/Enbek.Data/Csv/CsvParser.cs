using System.Text;

namespace Enbek.Data.Csv;

/// <summary>
/// RFC 4180 CSV: quoted fields may hold the delimiter, doubled quotes and line breaks. The
/// delimiter is a parameter because spreadsheets in Russian write ';'.
/// </summary>
public static class CsvParser
{
    public static IEnumerable<string[]> Parse(TextReader reader, char delimiter = ',')
    {
        var field = new StringBuilder();
        var fields = new List<string>();
        var inQuotes = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            any = true;
            if (inQuotes)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (ch == '"')
            {
                inQuotes = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
