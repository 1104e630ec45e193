using Enbek.Application.Common;
using Enbek.Application.Registry.Persons;
using Enbek.Data;
using Enbek.Domain.Employers;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Participation;

/// <summary>An application (or its refusal notice) as printed for signing, with the applicant's case file.</summary>
public sealed record ApplicationDocument(CaseFile CaseFile, ProgrammeApplication Application);

/// <summary>A social contract as printed for signing: the participant's case file and, for a tripartite contract, the employer.</summary>
public sealed record ContractDocument(CaseFile CaseFile, SocialContract Contract, ProgrammeApplication Application, Employer? Employer);

/// <summary>
/// What the documents of participation print from. Only the center that holds the person prints them (they carry the
/// full IIN); voided records do not print, and a refusal notice exists only for a refused application.
/// </summary>
public sealed class ParticipationDocuments(EnbekDbContext db, HeldCaseFiles caseFiles)
{
    public async Task<ApplicationDocument> ApplicationAsync(long applicationId, CancellationToken cancellationToken = default)
    {
        var application = await db.ProgrammeApplications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == applicationId && !a.IsVoided, cancellationToken) ?? throw new NotFoundException("Application");
        return new ApplicationDocument(await caseFiles.GetAsync(application.PersonId, cancellationToken), application);
    }

    public async Task<ApplicationDocument> RefusalNoticeAsync(long applicationId, CancellationToken cancellationToken = default)
    {
        var document = await ApplicationAsync(applicationId, cancellationToken);
        return document.Application.Decision == ApplicationDecision.Refused ? document : throw new NotFoundException("Refusal");
    }

    public async Task<ContractDocument> ContractAsync(long contractId, CancellationToken cancellationToken = default)
    {
        var contract = await db.SocialContracts.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken) ?? throw new NotFoundException("Social contract");
        var caseFile = await caseFiles.GetAsync(contract.PersonId, cancellationToken);
        var application = await db.ProgrammeApplications.AsNoTracking().SingleAsync(a => a.Id == contract.ApplicationId, cancellationToken);
        var employer = contract.EmployerId is { } employerId
            ? await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken)
            : null;
        return new ContractDocument(caseFile, contract, application, employer);
    }
}
