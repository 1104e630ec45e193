using Enbek.Application.Common;
using Enbek.Application.Registry.Persons;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Domain.Registry.Rules;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Application.Registry.Participation;

/// <summary>
/// Applications (өтініш): registered by the center holding the person, decided by it — include as a
/// participant or refuse with a reason — with the rules checked stored beside the decision; voided, never deleted.
/// </summary>
public sealed class ApplicationService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<(ServiceResult Result, long? Id)> SubmitAsync(SubmitApplication entry, CancellationToken cancellationToken = default)
    {
        var person = await db.HeldPersonAsync(actor, entry.PersonId, tracked: true, cancellationToken);
        var undecided = await db.ProgrammeApplications.CountAsync(
            a => a.PersonId == person.Id && a.Decision == ApplicationDecision.Pending && !a.IsVoided, cancellationToken);
        var refused = ParticipationRecords.Check(
            ApplicationEntryRules.Check(entry.AppliedOn, person.ConsentGivenOn, entry.Measures, undecided, ParticipationRecords.Today(clock)));
        if (!refused.Succeeded)
        {
            return (refused, null);
        }

        var (application, declared) = ApplicationEntryRules.New(
            person, entry.AppliedOn, entry.Category, entry.Measures, entry.Note, clock.GetUtcNow(), await db.FullNameAsync(actor.UserId, cancellationToken));
        db.ProgrammeApplications.Add(application);
        if (declared is not null)
        {
            db.EmploymentStatusChanges.Add(declared);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (ServiceResult.Fail("PersonId", "The person already has an application waiting for a decision."), null);
        }

        return (ServiceResult.Ok, application.Id);
    }

    /// <summary>The name of a person the actor's center holds, for the application form; anyone else is 404.</summary>
    public async Task<string> ApplicantNameAsync(long personId, CancellationToken cancellationToken = default)
    {
        return (await db.HeldPersonAsync(actor, personId, tracked: false, cancellationToken)).FullName;
    }

    public async Task<ApplicationDetails> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var application = await db.ProgrammeApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Application");
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == application.PersonId)
            .Select(p => new { p.Surname, p.FirstName, p.Patronymic, p.Iin, p.CenterId }).SingleOrDefaultAsync(cancellationToken);
        var center = await db.Organisations.AsNoTracking().Where(o => o.Id == application.IssuedByCenterId)
            .Select(o => new LocalisedName(o.NameKk, o.NameRu, o.NameEn)).SingleAsync(cancellationToken);
        var contract = await db.SocialContracts.AsNoTracking().Where(c => c.ApplicationId == id).Select(c => new { c.Id, c.Number }).SingleOrDefaultAsync(cancellationToken);
        var heldByActor = application.CenterId == actor.Scope?.OrganisationId;
        var name = person is null ? string.Empty : string.Join(' ', new[] { person.Surname, person.FirstName, person.Patronymic }.Where(s => !string.IsNullOrEmpty(s)));
        var iin = person is null ? string.Empty : person.CenterId == actor.Scope?.OrganisationId ? person.Iin : Iin.Mask(person.Iin);
        return new ApplicationDetails(application, name, iin, center, ParticipationRecords.FromJson(application.DecisionRules), contract?.Id, contract?.Number, heldByActor);
    }

    /// <summary>Includes the applicant as a participant, or refuses with a reason, after the rules of the decision.</summary>
    public async Task<ServiceResult> DecideAsync(
        long id, uint version, ApplicationDecision decision, DateOnly decidedOn, ApplicationRefusalReason? reason, string? reasonText,
        CancellationToken cancellationToken = default)
    {
        var application = await HeldAsync(id, version, cancellationToken);
        if (!application.IsOpen)
        {
            return ServiceResult.Fail("Decision", "The application has already been decided or voided.");
        }

        if (decision == ApplicationDecision.Pending)
        {
            return ServiceResult.Fail("Decision", "Choose the decision.");
        }

        RuleResult[] rules =
        [
            DecisionDateRule.Evaluate(application.AppliedOn, decidedOn, ParticipationRecords.Today(clock)),
            ApplicationNamesMeasuresRule.Evaluate(application.RequestedMeasures),
            RefusalReasonRule.Evaluate(decision, reason, reasonText),
        ];
        var refused = ParticipationRecords.Check(
            (rules[0], "DecidedOn"), (rules[1], "Decision"), (rules[2], reason is null ? "RefusalReason" : "RefusalText"));
        if (!refused.Succeeded)
        {
            return refused;
        }

        var by = await db.FullNameAsync(actor.UserId, cancellationToken);
        var json = ParticipationRecords.ToJson(rules);
        if (decision == ApplicationDecision.Included)
        {
            application.Include(decidedOn, by, json);
        }
        else
        {
            application.Refuse(decidedOn, by, reason!.Value, reasonText, json);
        }

        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<(ServiceResult Result, long PersonId)> VoidAsync(long id, uint version, string reason, CancellationToken cancellationToken = default)
    {
        var application = await HeldAsync(id, version, cancellationToken);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return (ServiceResult.Fail("VoidReason", "Give the reason."), application.PersonId);
        }

        if (application.IsVoided || await db.SocialContracts.AnyAsync(c => c.ApplicationId == id, cancellationToken))
        {
            return (ServiceResult.Fail("VoidReason", "An application with a social contract, or already voided, cannot be voided."), application.PersonId);
        }

        application.Void(reason);
        return (await db.SaveOrConflictAsync(cancellationToken), application.PersonId);
    }

    /// <summary>The center's applications in the order they were made (the queue), a keyset page at a time.</summary>
    public async Task<Page<ApplicationRow>> ListAsync(ApplicationFilter filter, CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        var query = db.ProgrammeApplications.AsNoTracking().Where(a => a.CenterId == me);
        if (!filter.IncludeVoided)
        {
            query = query.Where(a => !a.IsVoided);
        }

        if (filter.Decision is { } decision)
        {
            query = query.Where(a => a.Decision == decision);
        }

        if (filter.Measure is { } measure)
        {
            query = query.Where(a => a.RequestedMeasures.Contains(measure));
        }

        if (filter.AppliedFrom is { } from)
        {
            query = query.Where(a => a.AppliedOn >= from);
        }

        if (filter.AppliedTo is { } to)
        {
            query = query.Where(a => a.AppliedOn <= to);
        }

        if (Keyset.Parse(filter.After) is var (afterOn, afterId))
        {
            query = query.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.AppliedOn, a.Id), ValueTuple.Create(afterOn, afterId)));
        }

        var rows = await (
            from a in query.OrderBy(a => a.AppliedOn).ThenBy(a => a.Id).Take(PageSize + 1)
            join p in db.Persons on a.PersonId equals p.Id
            orderby a.AppliedOn, a.Id
            select new ApplicationRow(a.Id, a.Number, a.PersonId, p.Surname + " " + p.FirstName, a.AppliedOn, a.Category, a.RequestedMeasures,
                a.Decision, a.DecidedOn, a.IsVoided)).ToListAsync(cancellationToken);
        return new Page<ApplicationRow>([.. rows.Take(PageSize)], rows.Count > PageSize ? Keyset.Of(rows[PageSize - 1].AppliedOn, rows[PageSize - 1].Id) : null);
    }

    private async Task<ProgrammeApplication> HeldAsync(long id, uint version, CancellationToken cancellationToken)
    {
        var center = ParticipationRecords.CenterScope(actor);
        var application = await db.ProgrammeApplications.SingleOrDefaultAsync(a => a.Id == id && a.CenterId == center.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Application");
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        return application;
    }
}
