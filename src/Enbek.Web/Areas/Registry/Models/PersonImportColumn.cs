namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The columns of a file of people to import, in the template's order (docs/person-import.md); the last four bring an application.</summary>
public enum PersonImportColumn
{
    Iin,
    Surname,
    FirstName,
    Patronymic,
    BirthDate,
    Sex,
    Phone,
    RegionKato,
    DistrictKato,
    SettlementKato,
    Street,
    House,
    Education,
    Status,
    StatusSince,
    ConsentDate,
    ConsentForm,
    AppliedOn,
    ApplicantCategory,
    Measures,
    ApplicationNote,
}
