namespace Enbek.Domain.Territory;

public enum TerritoryLevel
{
    Region,
    District,
}
