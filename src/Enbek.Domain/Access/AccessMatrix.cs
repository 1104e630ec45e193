using Enbek.Domain.Organisations;

namespace Enbek.Domain.Access;

/// <summary>
/// The role × action table (docs/access.md mirrors it and a test keeps the two equal), and which
/// kinds of organisation may hold each role. Scope (which records) is separate: it follows from
/// the organisation, never from the role.
/// </summary>
public static class AccessMatrix
{
    private static readonly PortalAction[] ReadRecords =
    [
        PortalAction.ReceptionJournalRead, PortalAction.RecordsExport,
        PortalAction.RecordHistoryRead, PortalAction.ReferenceDataRead, PortalAction.PersonRegistryRead,
    ];

    private static readonly PortalAction[] CenterWork =
    [
        .. ReadRecords, PortalAction.ReceptionJournalRecord, PortalAction.PersonRegistryRecord,
    ];

    private static readonly Dictionary<PortalRole, HashSet<PortalAction>> Allowed = new()
    {
        [PortalRole.CenterClerk] = [.. CenterWork],
        [PortalRole.CenterHead] = [.. CenterWork],
        [PortalRole.DistrictCommissionSecretary] = [.. ReadRecords],
        [PortalRole.DistrictCommissionMember] = [.. ReadRecords],
        [PortalRole.RegionalCommissionSecretary] = [.. ReadRecords],
        [PortalRole.RegionalCommissionMember] = [.. ReadRecords],
        [PortalRole.RegionalOfficer] = [.. ReadRecords],
        [PortalRole.LenderOfficer] = [PortalAction.ReferenceDataRead],
        [PortalRole.GuarantorOfficer] = [PortalAction.ReferenceDataRead],
        [PortalRole.ChamberOfficer] = [PortalAction.ReferenceDataRead],
        [PortalRole.EducationOfficer] = [PortalAction.ReferenceDataRead],
        [PortalRole.MinistryAnalyst] = [.. ReadRecords],
        [PortalRole.Administrator] =
        [
            PortalAction.ReferenceDataRead, PortalAction.ReferenceDataManage,
            PortalAction.OrganisationsManage, PortalAction.UsersManage,
        ],
    };

    private static readonly Dictionary<PortalRole, OrganisationKind[]> HeldBy = new()
    {
        [PortalRole.CenterClerk] = [OrganisationKind.EmploymentCenter],
        [PortalRole.CenterHead] = [OrganisationKind.EmploymentCenter],
        [PortalRole.DistrictCommissionSecretary] = [OrganisationKind.DistrictCommission],
        [PortalRole.DistrictCommissionMember] = [OrganisationKind.DistrictCommission],
        [PortalRole.RegionalCommissionSecretary] = [OrganisationKind.RegionalCommission],
        [PortalRole.RegionalCommissionMember] = [OrganisationKind.RegionalCommission],
        [PortalRole.RegionalOfficer] = [OrganisationKind.RegionalExecutiveBody, OrganisationKind.DistrictExecutiveBody],
        [PortalRole.LenderOfficer] = [OrganisationKind.Lender],
        [PortalRole.GuarantorOfficer] = [OrganisationKind.Guarantor],
        [PortalRole.ChamberOfficer] = [OrganisationKind.NationalChamber, OrganisationKind.RegionalChamber],
        [PortalRole.EducationOfficer] = [OrganisationKind.EducationOrganisation],
        [PortalRole.MinistryAnalyst] = [OrganisationKind.Ministry, OrganisationKind.WorkforceDevelopmentCenter],
        [PortalRole.Administrator] = [OrganisationKind.Ministry, OrganisationKind.RegionalExecutiveBody],
    };

    public static bool Allows(PortalRole role, PortalAction action) => Allowed[role].Contains(action);

    public static bool AllowsAny(IEnumerable<PortalRole> roles, PortalAction action) => roles.Any(r => Allows(r, action));

    public static IReadOnlyList<PortalRole> RolesAllowed(PortalAction action) =>
        [.. Enum.GetValues<PortalRole>().Where(r => Allows(r, action))];

    public static bool CanBeHeldBy(PortalRole role, OrganisationKind kind) => HeldBy[role].Contains(kind);

    public static IReadOnlyList<PortalRole> RolesFor(OrganisationKind kind) =>
        [.. Enum.GetValues<PortalRole>().Where(r => CanBeHeldBy(r, kind))];

    /// <summary>
    /// Reference data is national: only the ministry's administrators change it; a regional
    /// body's administrator manages the organisations and accounts of its region.
    /// </summary>
    public static bool AllowsIn(PortalRole role, PortalAction action, OrganisationKind organisationKind) =>
        Allows(role, action)
        && !(action == PortalAction.ReferenceDataManage && organisationKind != OrganisationKind.Ministry);
}
