using System.Globalization;
using Enbek.Application.Registry;
using Enbek.Domain.Registry;

namespace Enbek.Bench.Measuring;

/// <summary>
/// One page of the portal to measure: its path and the filter its list query receives. Filters are
/// built from today's date in the journal's zone, so a scenario asks the same of a fresh seed on any day.
/// </summary>
public sealed record Scenario(string Name, string Description, Func<DateOnly, ReceptionFilter> Filter)
{
    public const string JournalPath = "/Registry/Reception";

    public static readonly IReadOnlyList<Scenario> All =
    [
        new("journal", "reception journal, first page", _ => new ReceptionFilter()),
        new("filtered", "purpose = programme application, visits 90 to 31 days ago", today => new ReceptionFilter
        {
            Purpose = VisitPurpose.ProgrammeApplication,
            From = today.AddDays(-90),
            To = today.AddDays(-31),
        }),
        new("search", "search by name: \"Ахмет\"", _ => new ReceptionFilter { Query = "Ахмет" }),
    ];

    public static IReadOnlyList<Scenario> Named(IEnumerable<string> names) =>
        [.. names.SelectMany(n => n == "all" ? All : [All.SingleOrDefault(s => s.Name == n) ?? throw new ArgumentException(
            $"unknown scenario '{n}'; known: {string.Join(", ", All.Select(s => s.Name))}, all")])];

    /// <summary>The page's address with the filter as the list form sends it.</summary>
    public static string PortalPath(ReceptionFilter filter)
    {
        var query = new List<string>();
        Add(query, "From", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "To", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "Purpose", filter.Purpose?.ToString());
        Add(query, "Outcome", filter.Outcome?.ToString());
        Add(query, "Query", filter.Query);
        return query.Count == 0 ? JournalPath : $"{JournalPath}?{string.Join('&', query)}";
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
