using Enbek.Domain.Employers;

namespace Enbek.Application.Employers;

/// <summary>What a clerk enters about an employer, new or changed.</summary>
public sealed record EmployerEntry(
    string Bin, string Name, long RegionId, long? DistrictId, EnterpriseSize Size, DateOnly RegisteredOn, string? Sector, decimal StateSharePercent,
    bool? TaxCompliant, DateOnly? TaxCheckedOn, bool? NoWageArrears, DateOnly? WageArrearsCheckedOn, string? ContactPerson, string? Phone, string? Email);
