namespace Enbek.Web.Areas.Admin.Models;

public sealed class EditOrganisationForm : IOrganisationNamesForm
{
    public string NameKk { get; set; } = string.Empty;
    public string NameRu { get; set; } = string.Empty;
    public string NameEn { get; set; } = string.Empty;
    public string? Bin { get; set; }
}
