namespace Enbek.Domain.Employers;

/// <summary>
/// An employer (жұмыс беруші): a legal entity or an entrepreneur, one per BIN in the country. It keeps
/// the facts that the programme's employer and borrower conditions check later — size, tax compliance
/// and wage arrears, each with the date it was checked, and the state's share.
/// </summary>
public class Employer
{
    public long Id { get; set; }
    public required string Bin { get; set; }
    public required string Name { get; set; }
    public long RegionId { get; set; }
    public long? DistrictId { get; set; }
    public EnterpriseSize Size { get; set; }
    public DateOnly RegisteredOn { get; set; }

    /// <summary>General classifier of economic activities (ОКЭД) code of the main activity.</summary>
    public string? Sector { get; set; }

    /// <summary>Per cent of the capital held by the state, 0 to 100.</summary>
    public decimal StateSharePercent { get; set; }

    public bool? TaxCompliant { get; set; }
    public DateOnly? TaxCheckedOn { get; set; }
    public bool? NoWageArrears { get; set; }
    public DateOnly? WageArrearsCheckedOn { get; set; }

    public string? ContactPerson { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The center whose clerk first entered the employer; every later change is in the audit log.</summary>
    public long? RegisteredByCenterId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
