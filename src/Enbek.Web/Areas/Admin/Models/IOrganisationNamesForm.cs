namespace Enbek.Web.Areas.Admin.Models;

/// <summary>The names and BIN of an organisation, as both its create and its edit forms hold them.</summary>
public interface IOrganisationNamesForm
{
    string NameKk { get; }
    string NameRu { get; }
    string NameEn { get; }
    string? Bin { get; }
}
