using Enbek.Data;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Where the districts and settlements named in addresses lie, loaded in one go for one person or for
/// a whole file, and the rule that an address's district lies in its region and its settlement in both.
/// </summary>
internal sealed class AddressFacts
{
    private readonly Dictionary<long, long> _districtRegions;
    private readonly Dictionary<long, (long RegionId, long? DistrictId)> _settlementPlaces;

    private AddressFacts(Dictionary<long, long> districtRegions, Dictionary<long, (long RegionId, long? DistrictId)> settlementPlaces)
    {
        _districtRegions = districtRegions;
        _settlementPlaces = settlementPlaces;
    }

    public static async Task<AddressFacts> LoadAsync(EnbekDbContext db, IEnumerable<RegisterPerson> entries, CancellationToken cancellationToken)
    {
        var list = entries as IReadOnlyCollection<RegisterPerson> ?? [.. entries];
        var districtIds = list.Select(e => e.AddressDistrictId).OfType<long>().Distinct().ToList();
        var settlementIds = list.Select(e => e.AddressSettlementId).OfType<long>().Distinct().ToList();
        var districts = districtIds.Count == 0 ? [] : await db.Districts.AsNoTracking()
            .Where(d => districtIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.RegionId, cancellationToken);
        var settlements = settlementIds.Count == 0 ? [] : await db.Settlements.AsNoTracking()
            .Where(s => settlementIds.Contains(s.Id)).Select(s => new { s.Id, s.RegionId, s.DistrictId })
            .ToDictionaryAsync(s => s.Id, s => (s.RegionId, s.DistrictId), cancellationToken);
        return new AddressFacts(districts, settlements);
    }

    /// <summary>The field and message of the first disagreement in the entry's address, or null.</summary>
    public (string Field, string MessageKey)? ProblemOf(RegisterPerson entry)
    {
        if (entry.AddressDistrictId is { } district
            && !(_districtRegions.TryGetValue(district, out var region) && region == entry.AddressRegionId))
        {
            return (nameof(entry.AddressDistrictId), "The district is not in the chosen region.");
        }

        if (entry.AddressSettlementId is { } settlement
            && !(_settlementPlaces.TryGetValue(settlement, out var place) && place.RegionId == entry.AddressRegionId
                && (entry.AddressDistrictId is null || place.DistrictId == entry.AddressDistrictId)))
        {
            return (nameof(entry.AddressSettlementId), "The settlement is not in the chosen region and district.");
        }

        return null;
    }
}
