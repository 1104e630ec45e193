namespace Enbek.Domain.Access;

/// <summary>What a role may do; each action is one authorization policy of the portal.</summary>
public enum PortalAction
{
    ReceptionJournalRead,
    ReceptionJournalRecord,
    RecordsExport,
    RecordHistoryRead,
    PersonRegistryRead,
    PersonRegistryRecord,
    ReferenceDataRead,
    ReferenceDataManage,
    OrganisationsManage,
    UsersManage,
}
