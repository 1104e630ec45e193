using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>The person's family as the holding center records it; labour-mobility payments count it later.</summary>
public sealed class FamilyService(EnbekDbContext db, ICurrentActor actor)
{
    public async Task<ServiceResult> AddAsync(long personId, FamilyRelation relation, string fullName, DateOnly? birthDate, string? iin, CancellationToken cancellationToken = default)
    {
        if (actor.Scope is not { Level: ScopeLevel.Center, CanWrite: true } scope)
        {
            throw new InvalidOperationException("Only the holding center records a family.");
        }

        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.CenterId == scope.OrganisationId && !p.IsVoided, cancellationToken)
            ?? throw new NotFoundException("Person");
        if (string.IsNullOrWhiteSpace(fullName))
        {
            return ServiceResult.Fail("FullName", "Enter the name.");
        }

        Iin parsed = default;
        if (!string.IsNullOrWhiteSpace(iin) && !Iin.TryParse(iin, out parsed))
        {
            return ServiceResult.Fail("Iin", "The IIN is not valid: 12 digits with a correct check digit and birth date.");
        }

        if (parsed.Value is not null && birthDate is { } born && born != parsed.BirthDate)
        {
            return ServiceResult.Fail("BirthDate", "The birth date or sex does not agree with the IIN.");
        }

        db.FamilyMembers.Add(new FamilyMember
        {
            PersonId = person.Id,
            CenterId = person.CenterId,
            Relation = relation,
            FullName = fullName.Trim(),
            BirthDate = parsed.Value is null ? birthDate : parsed.BirthDate,
            Iin = parsed.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }
}
