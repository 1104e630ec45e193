using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// The case file of a person the actor's own center holds. Documents printed for signing carry the full IIN, so only the
/// holding center prints them; anyone else gets "not found" before anything is read or audited.
/// </summary>
public sealed class HeldCaseFiles(EnbekDbContext db, ICurrentActor actor, CaseFileService caseFiles)
{
    public async Task<CaseFile> GetAsync(long personId, CancellationToken cancellationToken = default)
    {
        var center = actor.Scope?.OrganisationId;
        if (center is null || !await db.Persons.AnyAsync(p => p.Id == personId && p.CenterId == center, cancellationToken))
        {
            throw new NotFoundException("Person");
        }

        return await caseFiles.GetAsync(personId, cancellationToken);
    }
}
