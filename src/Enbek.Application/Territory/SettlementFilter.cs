using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

/// <summary>Settlement search: a name prefix in Kazakh or Russian or a KATO prefix, a district, a class; <see cref="After"/> is the keyset.</summary>
public sealed class SettlementFilter
{
    public const int MaxQueryLength = 100;

    public string? Query { get; set; }
    public long? DistrictId { get; set; }
    public SettlementClass? Class { get; set; }
    public string? After { get; set; }
}
