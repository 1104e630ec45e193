using System.Text;

namespace Enbek.Domain.Tests.Support;

/// <summary>
/// Just enough CSV for the reference files: a header row, commas, double-quoted fields that may
/// contain commas and doubled quotes. No embedded line breaks occur in those files.
/// </summary>
internal static class SimpleCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = SplitLine(lines[0]);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var fields = SplitLine(line);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"{path}: expected {header.Count} fields, got {fields.Count}: {line}");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    public static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
