using Enbek.Application.Registry.Persons;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The registration form: the consent block comes first and must be confirmed.</summary>
public sealed class RegisterPersonForm
{
    public bool ConsentConfirmed { get; set; }
    public DateOnly? ConsentGivenOn { get; set; }
    public ConsentForm? ConsentForm { get; set; }

    public string Iin { get; set; } = string.Empty;
    public string Surname { get; set; } = string.Empty;
    public string FirstName { get; set; } = string.Empty;
    public string? Patronymic { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Sex? Sex { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public long? AddressRegionId { get; set; }
    public long? AddressDistrictId { get; set; }
    public long? AddressSettlementId { get; set; }
    public string? AddressStreet { get; set; }
    public string? AddressHouse { get; set; }

    public EducationLevel? Education { get; set; }
    public bool HasDisability { get; set; }
    public bool IsLowIncomeFamily { get; set; }
    public bool IsKandas { get; set; }
    public EmploymentStatus? Status { get; set; }
    public DateOnly? StatusSince { get; set; }

    /// <summary>Valid only after the validator has passed.</summary>
    public RegisterPerson ToEntry() => new(
        Iin.Trim(), Surname, FirstName, Patronymic, BirthDate!.Value, Sex!.Value, Phone, Email,
        AddressRegionId, AddressDistrictId, AddressSettlementId, AddressStreet, AddressHouse,
        Education!.Value, HasDisability, IsLowIncomeFamily, IsKandas, Status!.Value, StatusSince!.Value,
        ConsentGivenOn!.Value, ConsentForm!.Value);
}
