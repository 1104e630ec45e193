using Enbek.Domain.Organisations;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class CreateOrganisationForm : IOrganisationNamesForm
{
    public OrganisationKind? Kind { get; set; }
    public LenderKind? LenderKind { get; set; }
    public string NameKk { get; set; } = string.Empty;
    public string NameRu { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string? Bin { get; set; }
    public long? RegionId { get; set; }
    public long? DistrictId { get; set; }
}
