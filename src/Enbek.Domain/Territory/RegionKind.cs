namespace Enbek.Domain.Territory;

public enum RegionKind
{
    Oblast,
    CityOfRepublicanSignificance,
}
