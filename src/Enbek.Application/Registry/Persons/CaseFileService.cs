using System.Text.RegularExpressions;
using Enbek.Application.Common;
using Enbek.Application.Registry.Participation;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Audit;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>Reads a person's case file within the actor's scope; a look from outside the holding center is audited.</summary>
public sealed partial class CaseFileService(
    EnbekDbContext db, ICurrentActor actor, RecordHistoryService history, PersonTransferService transfers, PersonDocumentService documents,
    ParticipationReader participation, OutsideViews outsideViews, TimeProvider clock)
{
    public const string PersonsTable = "public.persons";

    public async Task<CaseFile> GetAsync(long personId, CancellationToken cancellationToken = default)
    {
        var person = await db.Persons.AsNoTracking().Include(p => p.FamilyMembers)
            .SingleOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new NotFoundException("Person");
        var heldByActor = person.CenterId == actor.Scope?.OrganisationId;
        if (!heldByActor)
        {
            await outsideViews.RecordAsync("persons", person.Id, person.ScopePath, cancellationToken);
        }

        var statuses = await db.EmploymentStatusChanges.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.Since).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var center = await NameAsync(db.Organisations.Where(o => o.Id == person.CenterId).Select(o => new LocalisedName(o.NameKk, o.NameRu, o.NameEn)), cancellationToken);
        var region = await NameAsync(db.Regions.Where(r => r.Id == person.AddressRegionId).Select(r => new LocalisedName(r.NameKk, r.NameRu, r.NameEn)), cancellationToken);
        var district = await NameAsync(db.Districts.Where(d => d.Id == person.AddressDistrictId).Select(d => new LocalisedName(d.NameKk, d.NameRu, d.NameEn)), cancellationToken);
        var settlement = await NameAsync(db.Settlements.Where(s => s.Id == person.AddressSettlementId).Select(s => new LocalisedName(s.NameKk, s.NameRu, s.NameRu)), cancellationToken);
        var today = KazakhstanTime.Today(clock, KazakhstanTime.NationalZone);
        var personTransfers = (await transfers.ListAsync(cancellationToken)).Where(t => t.PersonId == personId).ToList();
        var applications = await participation.ApplicationsAsync(personId, cancellationToken);
        var contracts = await participation.ContractsAsync(personId, cancellationToken);
        return new CaseFile(
            person,
            heldByActor ? person.Iin : Iin.Mask(person.Iin),
            heldByActor,
            center!.Value,
            region,
            district,
            settlement,
            EmploymentStatusChange.UnemployedSince(statuses, today),
            statuses,
            personTransfers,
            await documents.ListAsync(personId, cancellationToken),
            applications,
            contracts,
            CaseTimeline.Of(person, statuses, personTransfers, applications, contracts),
            heldByActor ? await history.ForAsync(PersonsTable, personId, cancellationToken) : await MaskedHistoryAsync(personId, cancellationToken));
    }

    /// <summary>The history as an outsider may read it: every IIN in it (old ones too) masked to the last four digits.</summary>
    private async Task<List<AuditEntry>> MaskedHistoryAsync(long personId, CancellationToken cancellationToken) =>
        [.. (await history.ForAsync(PersonsTable, personId, cancellationToken))
            .Select(e => { e.Changes = IinInText().Replace(e.Changes, m => Iin.Mask(m.Value)); return e; })];

    [GeneratedRegex(@"(?<![0-9])[0-9]{12}(?![0-9])")]
    private static partial Regex IinInText();

    private static async Task<LocalisedName?> NameAsync(IQueryable<LocalisedName> query, CancellationToken cancellationToken) =>
        await query.Cast<LocalisedName?>().SingleOrDefaultAsync(cancellationToken);
}
