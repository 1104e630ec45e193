using Enbek.Domain.Common;

namespace Enbek.Application.Home;

/// <summary>What a home page shows: the organisation, its reach, and counts from real records.</summary>
public sealed record DashboardFigures(
    LocalisedName OrganisationName, LocalisedName? RegionName, LocalisedName? DistrictName,
    int VisitsToday, int VisitsThisMonth, int CentersInScope, int ActiveAccounts, int UsersMustChangePassword, int PersonsInScope,
    IReadOnlyList<(LocalisedName Center, int Visits)> VisitsByCenter);
