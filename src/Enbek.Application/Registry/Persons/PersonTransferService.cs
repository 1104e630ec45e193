using Enbek.Application.Common;
using Enbek.Application.ReferenceData;
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
/// Moving a person between centers: the requesting center asks, the holding center accepts or
/// refuses with a reason within <see cref="PersonTransfer.AnswerWithinWorkingDays"/> working days.
/// </summary>
public sealed class PersonTransferService(
    EnbekDbContext db, ICurrentActor actor, PersonHolderLookup holders, ReferenceDataCache referenceData, TimeProvider clock)
{
    public async Task<(ServiceResult Result, long? TransferId)> RequestAsync(string iin, string? note, CancellationToken cancellationToken = default)
    {
        var center = CenterScope();
        var holder = await holders.FindAsync(iin.Trim(), cancellationToken);
        if (holder is null || holder.IsActorsCenter)
        {
            return (ServiceResult.Fail("Iin", "No other center holds this IIN."), null);
        }

        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        var calendar = (await referenceData.GetAsync(cancellationToken)).Calendar;
        var transfer = new PersonTransfer
        {
            PersonId = holder.PersonId,
            Iin = holder.Iin,
            CenterId = center.OrganisationId,
            AddresseeId = holder.CenterId,
            RequestedAt = clock.GetUtcNow(),
            RequestedByName = await db.FullNameAsync(actor.UserId, cancellationToken),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            DueOn = PersonTransfer.AnswerDeadline(calendar, today).Due,
            Status = PersonTransferStatus.Pending,
        };
        db.PersonTransfers.Add(transfer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (ServiceResult.Fail("Iin", "A transfer of this person is already waiting for an answer."), null);
        }

        return (ServiceResult.Ok, transfer.Id);
    }

    /// <summary>Requests the actor's center sent and requests addressed to it, open ones first.</summary>
    public async Task<List<TransferRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        var rows = await (
            from t in db.PersonTransfers.AsNoTracking()
            join holding in db.Organisations on t.AddresseeId equals holding.Id
            join requesting in db.Organisations on t.CenterId equals requesting.Id
            join p in db.Persons on t.PersonId equals p.Id into visible
            from p in visible.DefaultIfEmpty()
            orderby t.Status == PersonTransferStatus.Pending descending, t.RequestedAt descending
            select new TransferRow(t.Id, t.PersonId, t.Iin, p == null ? null : p.Surname + " " + p.FirstName, t.Status, t.RequestedAt, t.RequestedByName, t.Note, t.DueOn, t.AnsweredAt,
                t.AnsweredByName, t.RefusalReason, t.AddresseeId == me,
                new LocalisedName(holding.NameKk, holding.NameRu, holding.NameEn), new LocalisedName(requesting.NameKk, requesting.NameRu, requesting.NameEn)))
            .Take(500).ToListAsync(cancellationToken);
        return rows;
    }

    public async Task<int> WaitingForAnswerAsync(CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        return await db.PersonTransfers.CountAsync(t => t.AddresseeId == me && t.Status == PersonTransferStatus.Pending, cancellationToken);
    }

    /// <summary>Accepts through app.accept_person_transfer: row-level security lets no center move a person itself.</summary>
    public async Task<ServiceResult> AcceptAsync(long transferId, CancellationToken cancellationToken = default)
    {
        CenterScope();
        await AddressedPendingAsync(transferId, cancellationToken);
        var name = await db.FullNameAsync(actor.UserId, cancellationToken);
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT app.accept_person_transfer({transferId}, {name}, {today})", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
        {
            return ServiceResult.Fail("Transfer", "The transfer can no longer be accepted.");
        }

        return ServiceResult.Ok;
    }

    public async Task<ServiceResult> RefuseAsync(long transferId, string reason, CancellationToken cancellationToken = default)
    {
        CenterScope();
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ServiceResult.Fail("Reason", "Give the reason.");
        }

        var transfer = await AddressedPendingAsync(transferId, cancellationToken);
        transfer.Status = PersonTransferStatus.Refused;
        transfer.RefusalReason = reason.Trim();
        transfer.AnsweredAt = clock.GetUtcNow();
        transfer.AnsweredByName = await db.FullNameAsync(actor.UserId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Ok;
    }

    private async Task<PersonTransfer> AddressedPendingAsync(long transferId, CancellationToken cancellationToken) =>
        await db.PersonTransfers.SingleOrDefaultAsync(
            t => t.Id == transferId && t.AddresseeId == actor.Scope!.OrganisationId && t.Status == PersonTransferStatus.Pending, cancellationToken)
        ?? throw new NotFoundException("Transfer request");

    private OrganisationScope CenterScope() =>
        actor.Scope is { Level: ScopeLevel.Center, CanWrite: true } scope
            ? scope
            : throw new InvalidOperationException("Only an employment center transfers people.");
}
