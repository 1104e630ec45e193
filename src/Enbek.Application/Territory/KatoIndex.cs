namespace Enbek.Application.Territory;

/// <summary>KATO codes in force of regions, districts and settlements with the ids they stand for, to read addresses written as codes.</summary>
public sealed record KatoIndex(
    IReadOnlyDictionary<string, long> Regions,
    IReadOnlyDictionary<string, long> Districts,
    IReadOnlyDictionary<string, long> Settlements);
