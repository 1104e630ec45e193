namespace Enbek.Domain.Access;

/// <summary>The roles of the portal; an account holds one or more of them within its organisation.</summary>
public enum PortalRole
{
    CenterClerk,
    CenterHead,
    DistrictCommissionSecretary,
    DistrictCommissionMember,
    RegionalCommissionSecretary,
    RegionalCommissionMember,
    RegionalOfficer,
    LenderOfficer,
    GuarantorOfficer,
    ChamberOfficer,
    EducationOfficer,
    MinistryAnalyst,
    Administrator,
}
