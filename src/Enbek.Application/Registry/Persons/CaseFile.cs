using Enbek.Application.Registry.Participation;
using Enbek.Domain.Audit;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// One page per person: identity, statuses over time, family, transfers, applications and social contracts,
/// one timeline of dated events, and the record's history. Later measures (training, credits, placements)
/// add their own sections and timeline entries.
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
    IReadOnlyList<ApplicationSummary> Applications,
    IReadOnlyList<ContractSummary> Contracts,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<AuditEntry> History);
