using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Domain.Registry.Rules;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Application.Registry.Participation;

/// <summary>
/// Social contracts (әлеуметтік келісімшарт): signed by the center with an included participant (and an
/// employer, when tripartite), then put in force, completed or terminated — each step in order.
/// </summary>
public sealed class SocialContractService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public const int PageSize = 50;
    public const int EndingWithinDays = 30;

    public async Task<(ServiceResult Result, long? Id)> SignAsync(SignSocialContract entry, CancellationToken cancellationToken = default)
    {
        var center = ParticipationRecords.CenterScope(actor);
        var application = await db.ProgrammeApplications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == entry.ApplicationId && a.CenterId == center.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Application");
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == application.PersonId && p.CenterId == center.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Person");
        var refused = ParticipationRecords.Check(
            (SocialContractOnIncludedApplicationRule.Evaluate(application.Decision, application.IsVoided, application.PersonId, person.Id,
                application.RequestedMeasures, entry.Measures), "Measures"),
            (SocialContractTermRule.Evaluate(entry.SignedOn, entry.TermStart, entry.TermEnd, ParticipationRecords.Today(clock)), "TermEnd"));
        if (!refused.Succeeded)
        {
            return (refused, null);
        }

        if (application.DecidedOn is { } decidedOn && entry.SignedOn < decidedOn)
        {
            return (ServiceResult.Fail("SignedOn", "The contract cannot be signed before the decision to include."), null);
        }

        long? employerId = null;
        if (!string.IsNullOrWhiteSpace(entry.EmployerBin))
        {
            var bin = entry.EmployerBin.Trim();
            employerId = await db.Employers.Where(e => e.Bin == bin).Select(e => (long?)e.Id).SingleOrDefaultAsync(cancellationToken);
            if (employerId is null)
            {
                return (ServiceResult.Fail("EmployerBin", "No employer with this BIN is in the register."), null);
            }
        }

        var contract = new SocialContract
        {
            PersonId = person.Id,
            CenterId = person.CenterId,
            ApplicationId = application.Id,
            SignedOn = entry.SignedOn,
            TermStart = entry.TermStart,
            TermEnd = entry.TermEnd,
            Measures = [.. entry.Measures.Distinct().Order()],
            CenterObligations = entry.CenterObligations.Trim(),
            ParticipantObligations = entry.ParticipantObligations.Trim(),
            EmployerId = employerId,
            EmployerObligations = employerId is null || string.IsNullOrWhiteSpace(entry.EmployerObligations) ? null : entry.EmployerObligations.Trim(),
            EmployerSignatoryName = employerId is null || string.IsNullOrWhiteSpace(entry.EmployerSignatoryName) ? null : entry.EmployerSignatoryName.Trim(),
            CenterSignatoryName = await db.FullNameAsync(actor.UserId, cancellationToken),
            ParticipantName = person.FullName,
            Status = SocialContractStatus.Signed,
            RecordedAt = clock.GetUtcNow(),
        };
        db.SocialContracts.Add(contract);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (ServiceResult.Fail("ApplicationId", "A social contract is already signed on this application."), null);
        }

        return (ServiceResult.Ok, contract.Id);
    }

    public async Task<ServiceResult> StepAsync(
        long id, uint version, ContractStep step, DateOnly on, ContractTerminationReason? reason, string? reasonText, CancellationToken cancellationToken = default)
    {
        var center = ParticipationRecords.CenterScope(actor);
        var contract = await db.SocialContracts.SingleOrDefaultAsync(c => c.Id == id && c.CenterId == center.OrganisationId, cancellationToken)
            ?? throw new NotFoundException("Social contract");
        db.Entry(contract).Property(c => c.Version).OriginalValue = version;
        var today = ParticipationRecords.Today(clock);
        var result = step switch
        {
            ContractStep.PutInForce => contract.PutInForce(on, today),
            ContractStep.Complete => contract.Complete(on, today),
            _ => contract.Terminate(on, today, reason, reasonText),
        };
        if (!result.IsPassed)
        {
            return ServiceResult.Fail(FieldOf(result), result.MessageKey);
        }

        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<ContractDetails> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var contract = await db.SocialContracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Social contract");
        var applicationNumber = await db.ProgrammeApplications.AsNoTracking().Where(a => a.Id == contract.ApplicationId).Select(a => a.Number)
            .SingleOrDefaultAsync(cancellationToken);
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == contract.PersonId).Select(p => new { p.Iin, p.CenterId }).SingleOrDefaultAsync(cancellationToken);
        var center = await db.Organisations.AsNoTracking().Where(o => o.Id == contract.IssuedByCenterId)
            .Select(o => new LocalisedName(o.NameKk, o.NameRu, o.NameEn)).SingleAsync(cancellationToken);
        var employer = contract.EmployerId is { } employerId ? await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken) : null;
        var iin = person is null ? string.Empty : person.CenterId == actor.Scope?.OrganisationId ? person.Iin : Iin.Mask(person.Iin);
        return new ContractDetails(contract, applicationNumber ?? string.Empty, iin, center, employer, contract.CenterId == actor.Scope?.OrganisationId);
    }

    /// <summary>The center's contracts in the order their terms end, a keyset page at a time.</summary>
    public async Task<Page<ContractRow>> ListAsync(ContractFilter filter, CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        var query = db.SocialContracts.AsNoTracking().Where(c => c.CenterId == me);
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.EndingSoon)
        {
            query = EndingSoon(query, ParticipationRecords.Today(clock));
        }

        if (Keyset.Parse(filter.After) is var (afterOn, afterId))
        {
            query = query.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.TermEnd, c.Id), ValueTuple.Create(afterOn, afterId)));
        }

        var rows = await (
            from c in query.OrderBy(c => c.TermEnd).ThenBy(c => c.Id).Take(PageSize + 1)
            join p in db.Persons on c.PersonId equals p.Id
            join e in db.Employers on c.EmployerId equals e.Id into employers
            from e in employers.DefaultIfEmpty()
            orderby c.TermEnd, c.Id
            select new ContractRow(c.Id, c.Number, c.PersonId, p.Surname + " " + p.FirstName, c.SignedOn, c.TermStart, c.TermEnd, c.Status,
                e == null ? null : e.Name)).ToListAsync(cancellationToken);
        return new Page<ContractRow>([.. rows.Take(PageSize)], rows.Count > PageSize ? Keyset.Of(rows[PageSize - 1].TermEnd, rows[PageSize - 1].Id) : null);
    }

    /// <summary>Open contracts whose term ends from today to <see cref="EndingWithinDays"/> days ahead.</summary>
    public static IQueryable<SocialContract> EndingSoon(IQueryable<SocialContract> contracts, DateOnly today)
    {
        var until = today.AddDays(EndingWithinDays);
        return contracts.Where(c => (c.Status == SocialContractStatus.Signed || c.Status == SocialContractStatus.InForce) && c.TermEnd >= today && c.TermEnd <= until);
    }

    private static string FieldOf(RuleResult result) => result.MessageKey switch
    {
        "Choose the reason for the termination." => "TerminationReason",
        "Describe the reason for the termination." => "TerminationText",
        "This step is not allowed in the contract's present state." => "Step",
        _ => "On",
    };
}
