using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Registers a person at the actor's center (consent first, one registration per IIN in the country),
/// and keeps the registration right afterwards: dated statuses, corrections and voiding with a reason.
/// </summary>
public sealed class PersonRegistrationService(EnbekDbContext db, ICurrentActor actor, PersonHolderLookup holders, TimeProvider clock)
{
    public async Task<RegistrationResult> RegisterAsync(RegisterPerson entry, CancellationToken cancellationToken = default)
    {
        var center = CenterScope();
        var today = Today();
        if ((PersonEntryRules.IinProblem(entry, out var iin) ?? PersonEntryRules.ConsentProblem(entry, today)
            ?? (await AddressFacts.LoadAsync(db, [entry], cancellationToken)).ProblemOf(entry)) is { } problem)
        {
            return RegistrationResult.Failed(problem.Field, problem.MessageKey);
        }

        if (await holders.FindAsync(iin.Value, cancellationToken) is { } holder)
        {
            return new RegistrationResult(ServiceResult.Fail(nameof(entry.Iin), holder.IsActorsCenter
                ? "This person is already registered at your center."
                : "This IIN is registered at another center."), null, holder);
        }

        var (person, status) = PersonEntryRules.NewPerson(
            entry, iin, center.OrganisationId, today, actor.UserId, await db.FullNameAsync(actor.UserId, cancellationToken), clock.GetUtcNow());
        db.Persons.Add(person);
        db.EmploymentStatusChanges.Add(status);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another clerk registered the same IIN a moment ago.
            db.ChangeTracker.Clear();
            return new RegistrationResult(ServiceResult.Fail(nameof(entry.Iin), "This IIN is registered at another center."), null,
                await holders.FindAsync(iin.Value, cancellationToken));
        }

        return new RegistrationResult(ServiceResult.Ok, person.Id, null);
    }

    /// <summary>A new dated status; a backdated one goes into history without replacing a later one.</summary>
    public async Task<ServiceResult> ChangeStatusAsync(long personId, EmploymentStatus status, DateOnly since, string? note, CancellationToken cancellationToken = default)
    {
        CenterScope();
        var person = await HeldAsync(personId, cancellationToken);
        if (since > Today())
        {
            return ServiceResult.Fail("Since", "A status cannot start in the future.");
        }

        db.EmploymentStatusChanges.Add(person.ChangeStatus(status, since, note, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    /// <summary>Corrects a mistyped IIN; the old value stays in the record's audited history.</summary>
    public async Task<ServiceResult> CorrectIinAsync(long personId, string newIin, CancellationToken cancellationToken = default)
    {
        CenterScope();
        var person = await HeldAsync(personId, cancellationToken);
        if (!Iin.TryParse(newIin, out var iin))
        {
            return ServiceResult.Fail("Iin", "The IIN is not valid: 12 digits with a correct check digit and birth date.");
        }

        if (await holders.FindAsync(iin.Value, cancellationToken) is not null)
        {
            return ServiceResult.Fail("Iin", "This IIN is already registered.");
        }

        person.CorrectIin(iin);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> VoidAsync(long personId, string reason, CancellationToken cancellationToken = default)
    {
        CenterScope();
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ServiceResult.Fail("Reason", "Give the reason.");
        }

        var person = await HeldAsync(personId, cancellationToken);
        person.Void(reason);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    private async Task<Person> HeldAsync(long personId, CancellationToken cancellationToken) =>
        await db.Persons.SingleOrDefaultAsync(p => p.Id == personId && p.CenterId == actor.Scope!.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Person");

    private OrganisationScope CenterScope() =>
        actor.Scope is { Level: ScopeLevel.Center, CanWrite: true } scope
            ? scope
            : throw new InvalidOperationException("Only an employment center registers people.");

    private DateOnly Today() => KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
}
