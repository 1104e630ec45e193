using System.Globalization;
using Enbek.Application.Registry;
using Enbek.Domain.Registry;

namespace Enbek.Bench.Measuring;

/// <summary>
/// One page of the portal to measure: its path and the SQL its list query sends. Filters are built
/// from today's date in the journal's zone, so a scenario asks the same of a fresh seed on any day.
/// Scenarios come in suites by the data they need: <c>visits</c> (seed-visits) and <c>persons</c> (seed-persons).
/// </summary>
public abstract record Scenario(string Name, string Description, string Suite)
{
    public static readonly IReadOnlyList<Scenario> All =
    [
        new JournalScenario("journal", "reception journal, first page", _ => new ReceptionFilter()),
        new JournalScenario("filtered", "purpose = programme application, visits 90 to 31 days ago", today => new ReceptionFilter
        {
            Purpose = VisitPurpose.ProgrammeApplication,
            From = today.AddDays(-90),
            To = today.AddDays(-31),
        }),
        new JournalScenario("search", "search by name: \"Ахмет\"", _ => new ReceptionFilter { Query = "Ахмет" }),
        .. PersonScenario.Scenarios,
    ];

    /// <summary>Where the page links each row (its details page followed by the id): the bench counts the rows so.</summary>
    public abstract string DetailsPath { get; }

    /// <summary>The page's address and its SQL, as the user sees it today.</summary>
    public abstract Task<ScenarioPage> PrepareAsync(string portalConnection, BenchUser user, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Scenarios by name, by suite (visits, persons) or all.</summary>
    public static IReadOnlyList<Scenario> Named(IEnumerable<string> names) =>
        [.. names.SelectMany(n => n == "all" ? All
            : All.Any(s => s.Suite == n) ? All.Where(s => s.Suite == n)
            : [All.SingleOrDefault(s => s.Name == n) ?? throw new ArgumentException(
                $"unknown scenario '{n}'; known: {string.Join(", ", All.Select(s => s.Name))}, {string.Join(", ", All.Select(s => s.Suite).Distinct())}, all")])];

    /// <summary>A path with the query string a GET form sends (empty values left out).</summary>
    protected static string PathWith(string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(q => q.Value is not null).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}").ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }

    protected static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A page ready to measure: the portal's path and the SQL the service sends for it.</summary>
public sealed record ScenarioPage(string Path, PageQuery Query);

/// <summary>A page of the reception journal (<see cref="ReceptionJournalService"/>).</summary>
public sealed record JournalScenario(string Name, string Description, Func<DateOnly, ReceptionFilter> Filter) : Scenario(Name, Description, "visits")
{
    public const string JournalPath = "/Registry/Reception";

    public override string DetailsPath => JournalPath + "/Details/";

    public override async Task<ScenarioPage> PrepareAsync(string portalConnection, BenchUser user, DateOnly today, CancellationToken cancellationToken)
    {
        var filter = Filter(today);
        var query = await PageQuery.CaptureAsync(portalConnection, user,
            async (db, actor, ct) => (await new ReceptionJournalService(db, actor, TimeProvider.System).ListAsync(filter, ct)).Rows.Count, cancellationToken);
        return new ScenarioPage(
            PathWith(JournalPath, ("From", Day(filter.From)), ("To", Day(filter.To)), ("Purpose", filter.Purpose?.ToString()),
                ("Outcome", filter.Outcome?.ToString()), ("Query", filter.Query)),
            query);
    }
}
