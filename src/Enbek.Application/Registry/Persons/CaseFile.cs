using Enbek.Domain.Audit;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// One page per person: identity, statuses over time, family, transfers and the record's history.
/// Later measures (applications, training, credits, placements) add their own sections.
/// </summary>
public sealed record CaseFile(
    Person Person,
    string Iin,
    bool HeldByActor,
    LocalisedName Center,
    LocalisedName? AddressRegion,
    LocalisedName? AddressDistrict,
    LocalisedName? AddressSettlement,
    DateOnly? UnemployedSince,
    IReadOnlyList<EmploymentStatusChange> Statuses,
    IReadOnlyList<TransferRow> Transfers,
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<AuditEntry> History);
