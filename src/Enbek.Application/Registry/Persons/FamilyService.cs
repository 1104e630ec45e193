using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// The person's family as the holding center records it; labour-mobility payments count it later. Entries are
/// corrected or voided with a reason, never deleted.
/// </summary>
public sealed class FamilyService(EnbekDbContext db, ICurrentActor actor)
{
    public async Task<ServiceResult> AddAsync(long personId, FamilyMemberEntry entry, CancellationToken cancellationToken = default)
    {
        var person = await db.HeldPersonAsync(actor, personId, tracked: false, cancellationToken);
        var (result, birthDate, iin) = Check(entry);
        if (!result.Succeeded)
        {
            return result;
        }

        db.FamilyMembers.Add(new FamilyMember
        {
            PersonId = person.Id,
            CenterId = person.CenterId,
            Relation = entry.Relation,
            FullName = entry.FullName.Trim(),
            BirthDate = birthDate,
            Iin = iin,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> CorrectAsync(long personId, long memberId, FamilyMemberEntry entry, CancellationToken cancellationToken = default)
    {
        var member = await HeldMemberAsync(personId, memberId, cancellationToken);
        var (result, birthDate, iin) = Check(entry);
        if (!result.Succeeded)
        {
            return result;
        }

        member.Correct(entry.Relation, entry.FullName.Trim(), birthDate, iin);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> VoidAsync(long personId, long memberId, string reason, CancellationToken cancellationToken = default)
    {
        var member = await HeldMemberAsync(personId, memberId, cancellationToken);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ServiceResult.Fail("VoidReason", "Give the reason.");
        }

        member.Void(reason);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    /// <summary>The name is required; an IIN must be valid, and a birth date entered beside it must be the IIN's.</summary>
    private static (ServiceResult Result, DateOnly? BirthDate, string? Iin) Check(FamilyMemberEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.FullName))
        {
            return (ServiceResult.Fail("FullName", "Enter the name."), null, null);
        }

        if (string.IsNullOrWhiteSpace(entry.Iin))
        {
            return (ServiceResult.Ok, entry.BirthDate, null);
        }

        if (!Iin.TryParse(entry.Iin, out var parsed))
        {
            return (ServiceResult.Fail("Iin", "The IIN is not valid: 12 digits with a correct check digit and birth date."), null, null);
        }

        return entry.BirthDate is { } born && born != parsed.BirthDate
            ? (ServiceResult.Fail("BirthDate", "The birth date or sex does not agree with the IIN."), null, null)
            : (ServiceResult.Ok, parsed.BirthDate, parsed.Value);
    }

    private async Task<FamilyMember> HeldMemberAsync(long personId, long memberId, CancellationToken cancellationToken)
    {
        var person = await db.HeldPersonAsync(actor, personId, tracked: false, cancellationToken);
        return await db.FamilyMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.PersonId == person.Id && !m.IsVoided, cancellationToken)
            ?? throw new NotFoundException("Family member");
    }
}
