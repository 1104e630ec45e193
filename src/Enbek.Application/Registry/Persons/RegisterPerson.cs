using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>What a clerk enters to register a person; the consent comes first and is required.</summary>
public sealed record RegisterPerson(
    string Iin,
    string Surname,
    string FirstName,
    string? Patronymic,
    DateOnly BirthDate,
    Sex Sex,
    string? Phone,
    string? Email,
    long? AddressRegionId,
    long? AddressDistrictId,
    long? AddressSettlementId,
    string? AddressStreet,
    string? AddressHouse,
    EducationLevel Education,
    bool HasDisability,
    bool IsLowIncomeFamily,
    bool IsKandas,
    EmploymentStatus Status,
    DateOnly StatusSince,
    DateOnly ConsentGivenOn,
    ConsentForm ConsentForm);
