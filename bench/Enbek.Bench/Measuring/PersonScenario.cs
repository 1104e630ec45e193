using System.Globalization;
using Enbek.Application.Registry.Persons;
using Enbek.Domain.Registry;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>
/// A page of the person registry (<see cref="PersonSearchService"/>, <c>/Registry/Persons</c>). The
/// filter may use a person the user can see: <see cref="PersonSample"/> (an IIN and the district of
/// the first person registered in the user's scope).
/// </summary>
public sealed record PersonScenario(string Name, string Description, Func<PersonSample, PersonFilter> Filter) : Scenario(Name, Description, "persons")
{
    public const string PersonsPath = "/Registry/Persons";

    public static readonly IReadOnlyList<Scenario> Scenarios =
    [
        new PersonScenario("person-iin", "a whole IIN of a person in the user's scope", sample => new PersonFilter { Query = sample.Iin }),
        new PersonScenario("person-name", "name search: \"ахмет\" (a common stem: surname, first name and patronymics)", _ => new PersonFilter { Query = "ахмет" }),
        new PersonScenario("person-filtered", "status unemployed, registered 2 to 1 years ago, one district, by name", sample => new PersonFilter
        {
            Status = EmploymentStatus.Unemployed,
            RegisteredFrom = sample.Today.AddYears(-2),
            RegisteredTo = sample.Today.AddYears(-1),
            DistrictId = sample.DistrictId,
        }),
    ];

    public override string DetailsPath => PersonsPath + "/Details/";

    public override async Task<ScenarioPage> PrepareAsync(string portalConnection, BenchUser user, DateOnly today, CancellationToken cancellationToken)
    {
        var filter = Filter(await PersonSample.LoadAsync(portalConnection, user, today, cancellationToken));
        var commonWords = new CommonNameWords(TimeProvider.System);
        async Task<int> ListAsync(Data.EnbekDbContext db, Data.Scope.FixedActor actor, CancellationToken ct) =>
            (await new PersonSearchService(db, actor, commonWords).ListAsync(filter, ct)).Rows.Count;

        // The portal's queries once it has listed the page before: a common name word is remembered after the first search.
        await PageQuery.CaptureAsync(portalConnection, user, ListAsync, cancellationToken);
        var query = await PageQuery.CaptureAsync(portalConnection, user, ListAsync, cancellationToken);
        return new ScenarioPage(
            PathWith(PersonsPath, ("Query", filter.Query), ("Status", filter.Status?.ToString()), ("RegisteredFrom", Day(filter.RegisteredFrom)),
                ("RegisteredTo", Day(filter.RegisteredTo)), ("DistrictId", filter.DistrictId?.ToString(CultureInfo.InvariantCulture))),
            query);
    }
}

/// <summary>What a person scenario's filter may name: today, and the IIN and district of the first person registered in the user's scope.</summary>
public sealed record PersonSample(DateOnly Today, string Iin, long DistrictId)
{
    public static async Task<PersonSample> LoadAsync(string portalConnection, BenchUser user, DateOnly today, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(portalConnection);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Data.Scope.ScopeSession.ApplyAsync(connection, user.Actor, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT iin, district_id FROM public.persons WHERE NOT is_voided ORDER BY id LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PersonSample(today, reader.GetString(0), reader.GetInt64(1))
            : throw new ArgumentException($"{user.UserName} sees no person: run seed-persons first");
    }
}
