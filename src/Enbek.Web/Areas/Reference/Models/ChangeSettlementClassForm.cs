using Enbek.Domain.Territory;

namespace Enbek.Web.Areas.Reference.Models;

public sealed class ChangeSettlementClassForm
{
    public SettlementClass? NewClass { get; set; }
    public string? Reason { get; set; }
}
