using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Asks the database which center holds an IIN, through the one narrow function row-level security
/// leaves open (app.person_holder); it answers the center and the date, nothing about the person.
/// </summary>
public sealed class PersonHolderLookup(EnbekDbContext db, ICurrentActor actor)
{
    public async Task<PersonHolder?> FindAsync(string iin, CancellationToken cancellationToken = default)
    {
        var held = await db.Database
            .SqlQuery<HolderRow>($"SELECT person_id, center_id, held_since FROM app.person_holder({iin})")
            .SingleOrDefaultAsync(cancellationToken);
        if (held is null)
        {
            return null;
        }

        var center = await db.Organisations.AsNoTracking().Where(o => o.Id == held.CenterId)
            .Select(o => new LocalisedName(o.NameKk, o.NameRu, o.NameEn)).SingleAsync(cancellationToken);
        return new PersonHolder(iin, held.PersonId, held.CenterId, center, held.HeldSince, held.CenterId == actor.Scope?.OrganisationId);
    }

    private sealed record HolderRow(long PersonId, long CenterId, DateOnly HeldSince);
}
