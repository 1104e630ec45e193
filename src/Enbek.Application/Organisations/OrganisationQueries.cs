using Enbek.Domain.Organisations;

namespace Enbek.Application.Organisations;

/// <summary>The organisations a scope reaches: the whole country, a region, a district, or the organisation itself.</summary>
public static class OrganisationQueries
{
    public static IQueryable<Organisation> Within(this IQueryable<Organisation> organisations, OrganisationScope scope) =>
        scope.Level switch
        {
            ScopeLevel.Country => organisations,
            ScopeLevel.Region => organisations.Where(o => o.RegionId == scope.RegionId),
            ScopeLevel.District => organisations.Where(o => o.DistrictId == scope.DistrictId),
            _ => organisations.Where(o => o.Id == scope.OrganisationId),
        };
}
