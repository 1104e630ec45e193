using Enbek.Domain.Territory;

namespace Enbek.Application.Organisations;

/// <summary>The current regions and districts an administrator may place an organisation in.</summary>
public sealed record TerritoryChoices(IReadOnlyList<Region> Regions, IReadOnlyList<District> Districts);
