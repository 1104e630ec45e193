using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// The person a change is made for: only an employment center writes, and only for a person it holds and has not
/// voided; any other person is "not found", whatever id the form sent.
/// </summary>
internal static class HeldPersons
{
    public static async Task<Person> HeldPersonAsync(this EnbekDbContext db, ICurrentActor actor, long personId, bool tracked, CancellationToken cancellationToken)
    {
        if (actor.Scope is not { Level: ScopeLevel.Center, CanWrite: true } scope)
        {
            throw new InvalidOperationException("Only the holding employment center changes a person's records.");
        }

        var persons = tracked ? db.Persons : db.Persons.AsNoTracking();
        return await persons.SingleOrDefaultAsync(p => p.Id == personId && p.CenterId == scope.OrganisationId && !p.IsVoided, cancellationToken)
            ?? throw new NotFoundException("Person");
    }
}
