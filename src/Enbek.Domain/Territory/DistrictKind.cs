namespace Enbek.Domain.Territory;

public enum DistrictKind
{
    District,
    CityOfRegionalSignificance,
    CityDistrict,
}
