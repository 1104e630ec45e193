using System.Globalization;
using Enbek.Data.Csv;

namespace Enbek.Data.ReferenceData;

/// <summary>Reads the reference CSV files (UTF-8, comma, one header row) into dictionaries by column name.</summary>
public static class ReferenceCsv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var records = CsvParser.Parse(reader).GetEnumerator();
        var rows = new List<Dictionary<string, string>>();
        if (!records.MoveNext())
        {
            return rows;
        }

        var header = records.Current;
        while (records.MoveNext())
        {
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < records.Current.Length ? records.Current[i].Trim() : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    public static DateOnly? Date(this Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : DateOnly.ParseExact(row[column], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal? Number(this Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : decimal.Parse(row[column], NumberStyles.Number, CultureInfo.InvariantCulture);

    public static string? Text(this Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : row[column];

    /// <summary>snake_case file values to PascalCase enum names: city_of_regional_significance → CityOfRegionalSignificance.</summary>
    public static string EnumName(string value) =>
        string.Concat(value.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
