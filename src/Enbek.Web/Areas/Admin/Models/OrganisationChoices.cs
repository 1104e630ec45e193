using Enbek.Application.Organisations;
using Enbek.Domain.Organisations;

namespace Enbek.Web.Areas.Admin.Models;

/// <summary>What the create form of an organisation offers: the kinds and the territory the administrator manages.</summary>
public sealed record OrganisationChoices(IReadOnlyList<OrganisationKind> Kinds, TerritoryChoices Territory);
