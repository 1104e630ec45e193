using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Participation;

/// <summary>
/// A person's applications and contracts for the case file, through app.person_applications and
/// app.person_contracts: what the reader's scope sees, and for the holding center also the closed
/// records that stayed with an earlier center after a transfer.
/// </summary>
public sealed class ParticipationReader(EnbekDbContext db, ICurrentActor actor)
{
    public async Task<List<ApplicationSummary>> ApplicationsAsync(long personId, CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        var rows = await db.Database.SqlQuery<ApplicationSqlRow>($"SELECT * FROM app.person_applications({personId})").ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.AppliedOn).ThenByDescending(r => r.Id).Select(r => new ApplicationSummary(
            r.Id, r.Number, r.CenterId, r.AppliedOn, Enum.Parse<ApplicantCategory>(r.Category), ParticipationRecords.ParseAll<ProgrammeMeasure>(r.RequestedMeasures),
            Enum.Parse<ApplicationDecision>(r.Decision), r.DecidedOn, r.DecidedByName, ParticipationRecords.ParseOrNull<ApplicationRefusalReason>(r.RefusalReason),
            r.RefusalText, r.IsVoided, r.VoidReason, r.CenterId == me))];
    }

    public async Task<List<ContractSummary>> ContractsAsync(long personId, CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        var rows = await db.Database.SqlQuery<ContractSqlRow>($"SELECT * FROM app.person_contracts({personId})").ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.SignedOn).ThenByDescending(r => r.Id).Select(r => new ContractSummary(
            r.Id, r.Number, r.CenterId, r.ApplicationId, r.SignedOn, r.TermStart, r.TermEnd, Enum.Parse<SocialContractStatus>(r.Status),
            r.InForceOn, r.CompletedOn, r.TerminatedOn, ParticipationRecords.ParseOrNull<ContractTerminationReason>(r.TerminationReason),
            ParticipationRecords.ParseAll<ProgrammeMeasure>(r.Measures), r.EmployerName, r.CenterId == me))];
    }

    private sealed record ApplicationSqlRow(
        long Id, string Number, long CenterId, DateOnly AppliedOn, string Category, string[] RequestedMeasures, string Decision, DateOnly? DecidedOn,
        string? DecidedByName, string? RefusalReason, string? RefusalText, bool IsVoided, string? VoidReason);

    private sealed record ContractSqlRow(
        long Id, string Number, long CenterId, long ApplicationId, DateOnly SignedOn, DateOnly TermStart, DateOnly TermEnd, string Status,
        DateOnly? InForceOn, DateOnly? CompletedOn, DateOnly? TerminatedOn, string? TerminationReason, string[] Measures, string? EmployerName);
}
