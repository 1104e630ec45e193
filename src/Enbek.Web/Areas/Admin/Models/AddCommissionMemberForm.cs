using Enbek.Domain.Organisations;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class AddCommissionMemberForm
{
    public string FullName { get; set; } = string.Empty;
    public string JobTitle { get; set; } = string.Empty;
    public CommissionPosition? Position { get; set; }
    public DateOnly? ValidFrom { get; set; }
}
