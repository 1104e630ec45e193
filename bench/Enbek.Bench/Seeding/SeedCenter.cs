using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Npgsql;

namespace Enbek.Bench.Seeding;

/// <summary>An employment center that receives seeded rows: its tenant columns, its share and its clerks.</summary>
public sealed record SeedCenter(long Id, long RegionId, long DistrictId, string ScopePath, double Weight, IReadOnlyList<SeedClerk> Clerks)
{
    /// <summary>The center as an acting organisation: inserts under this scope pass the insert policy.</summary>
    public OrganisationScope Scope => new(Id, OrganisationKind.EmploymentCenter, ScopeLevel.Center, RegionId, DistrictId, ScopePath, CanWrite: true);

    /// <summary>
    /// Every active employment center, the first ones busiest (shares 1, 1/1.35, 1/1.7, ...), each with
    /// its accounts as clerks and two clerks without one.
    /// </summary>
    public static async Task<List<SeedCenter>> LoadAllAsync(NpgsqlConnection connection, Random random, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, long RegionId, long DistrictId, string Path)>();
        await using (var command = new NpgsqlCommand(
            "SELECT id, region_id, district_id, scope_path FROM public.organisations WHERE kind = 'EmploymentCenter' AND is_active ORDER BY id",
            connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3)));
            }
        }

        if (rows.Count == 0)
        {
            throw new InvalidOperationException("no employment center found: run the portal's set-up with demo data first");
        }

        var accounts = new List<(long OrganisationId, long Id, string Name)>();
        await using (var command = new NpgsqlCommand("SELECT organisation_id, id, full_name FROM public.users WHERE is_active", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                accounts.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        return [.. rows.Select((c, i) => new SeedCenter(
            c.Id, c.RegionId, c.DistrictId, c.Path, 1.0 / (1 + (0.35 * i)),
            [
                .. accounts.Where(a => a.OrganisationId == c.Id).Select(a => new SeedClerk(a.Id, a.Name)),
                new SeedClerk(null, PeopleNames.Full(random, Sex.Female)),
                new SeedClerk(null, PeopleNames.Full(random, Sex.Male)),
            ]))];
    }

    /// <summary>Picks a center by its share.</summary>
    public static SeedCenter Pick(IReadOnlyList<SeedCenter> centers, Random random)
    {
        var roll = random.NextDouble() * centers.Sum(c => c.Weight);
        foreach (var center in centers)
        {
            if (roll < center.Weight)
            {
                return center;
            }

            roll -= center.Weight;
        }

        return centers[^1];
    }
}
