using Enbek.Application.Employers;
using Enbek.Domain.Employers;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class EmployerForm
{
    public string Bin { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public long? RegionId { get; set; }
    public long? DistrictId { get; set; }
    public EnterpriseSize? Size { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public string? Sector { get; set; }
    public decimal? StateSharePercent { get; set; }
    public bool? TaxCompliant { get; set; }
    public DateOnly? TaxCheckedOn { get; set; }
    public bool? NoWageArrears { get; set; }
    public DateOnly? WageArrearsCheckedOn { get; set; }
    public string? ContactPerson { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public static EmployerForm From(Employer e) => new()
    {
        Bin = e.Bin, Name = e.Name, RegionId = e.RegionId, DistrictId = e.DistrictId, Size = e.Size, RegisteredOn = e.RegisteredOn,
        Sector = e.Sector, StateSharePercent = e.StateSharePercent, TaxCompliant = e.TaxCompliant, TaxCheckedOn = e.TaxCheckedOn,
        NoWageArrears = e.NoWageArrears, WageArrearsCheckedOn = e.WageArrearsCheckedOn, ContactPerson = e.ContactPerson, Phone = e.Phone, Email = e.Email,
    };

    /// <summary>Valid only after the validator has passed.</summary>
    public EmployerEntry ToEntry() => new(
        Bin, Name, RegionId!.Value, DistrictId, Size!.Value, RegisteredOn!.Value, Sector, StateSharePercent ?? 0m,
        TaxCompliant, TaxCheckedOn, NoWageArrears, WageArrearsCheckedOn, ContactPerson, Phone, Email);
}
