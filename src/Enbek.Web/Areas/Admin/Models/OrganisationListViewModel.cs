using Enbek.Application.Organisations;
using Enbek.Domain.Territory;

namespace Enbek.Web.Areas.Admin.Models;

public sealed record OrganisationListViewModel(OrganisationFilter Filter, IReadOnlyList<OrganisationSummary> Rows, IReadOnlyList<Region> Regions);
