namespace Enbek.Domain.Organisations;

/// <summary>The bodies of the programme (section 5, institutional organisation).</summary>
public enum OrganisationKind
{
    Ministry,
    WorkforceDevelopmentCenter,
    NationalChamber,
    RegionalChamber,
    RegionalExecutiveBody,
    DistrictExecutiveBody,
    RegionalCommission,
    DistrictCommission,
    EmploymentCenter,
    Lender,
    Guarantor,
    EducationOrganisation,
}
