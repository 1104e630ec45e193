using Enbek.Application.Registry.Participation;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// The counts behind a center's home page: transfers to answer (and late ones), people held, new registrations,
/// applications without a decision and contracts ending within 30 days.
/// </summary>
public sealed class CenterDayService(EnbekDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public async Task<CenterDay> ForActorAsync(CancellationToken cancellationToken = default)
    {
        var me = actor.Scope?.OrganisationId;
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var pending = db.PersonTransfers.AsNoTracking().Where(t => t.Status == PersonTransferStatus.Pending);
        var persons = db.Persons.AsNoTracking().Where(p => p.CenterId == me && !p.IsVoided);
        return new CenterDay(
            await pending.CountAsync(t => t.AddresseeId == me, cancellationToken),
            await pending.CountAsync(t => t.AddresseeId == me && t.DueOn < today, cancellationToken),
            await pending.CountAsync(t => t.CenterId == me, cancellationToken),
            await persons.CountAsync(cancellationToken),
            await persons.CountAsync(p => p.RegisteredOn >= monthStart, cancellationToken),
            await db.ProgrammeApplications.CountAsync(a => a.CenterId == me && a.Decision == ApplicationDecision.Pending && !a.IsVoided, cancellationToken),
            await SocialContractService.EndingSoon(db.SocialContracts.Where(c => c.CenterId == me), today).CountAsync(cancellationToken));
    }
}
