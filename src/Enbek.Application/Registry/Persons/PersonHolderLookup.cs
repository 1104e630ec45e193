using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Asks the database which center holds an IIN, through the one narrow function row-level security
/// leaves open (app.person_holders); it answers the center and the date, nothing about the person.
/// </summary>
public sealed class PersonHolderLookup(EnbekDbContext db, ICurrentActor actor)
{
    public async Task<PersonHolder?> FindAsync(string iin, CancellationToken cancellationToken = default) =>
        (await FindManyAsync([iin], cancellationToken)).GetValueOrDefault(iin);

    /// <summary>The holders of many IINs in one round trip (a file of people), keyed by IIN; IINs nobody holds are absent.</summary>
    public async Task<IReadOnlyDictionary<string, PersonHolder>> FindManyAsync(IReadOnlyCollection<string> iins, CancellationToken cancellationToken = default)
    {
        if (iins.Count == 0)
        {
            return new Dictionary<string, PersonHolder>();
        }

        string[] asked = [.. iins.Distinct(StringComparer.Ordinal)];
        var held = await db.Database
            .SqlQuery<HolderRow>($"SELECT h.iin, h.person_id, h.center_id, h.held_since FROM app.person_holders({asked}) AS h")
            .ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return new Dictionary<string, PersonHolder>();
        }

        var centerIds = held.Select(h => h.CenterId).Distinct().ToList();
        var centers = await db.Organisations.AsNoTracking().Where(o => centerIds.Contains(o.Id))
            .Select(o => new { o.Id, Name = new LocalisedName(o.NameKk, o.NameRu, o.NameEn) })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return held.ToDictionary(
            h => h.Iin,
            h => new PersonHolder(h.Iin, h.PersonId, h.CenterId, centers[h.CenterId], h.HeldSince, h.CenterId == actor.Scope?.OrganisationId));
    }

    private sealed record HolderRow(string Iin, long PersonId, long CenterId, DateOnly HeldSince);
}
