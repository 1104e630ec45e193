namespace Enbek.Application.Home;

/// <summary>What a home page shows: the organisation, its reach, and counts from real records.</summary>
public sealed record DashboardFigures(
    string OrganisationNameKk, string OrganisationNameRu, string OrganisationNameEn,
    string? RegionNameKk, string? RegionNameRu, string? RegionNameEn,
    string? DistrictNameKk, string? DistrictNameRu, string? DistrictNameEn,
    int VisitsToday, int VisitsThisMonth, int CentersInScope, int ActiveAccounts, int UsersMustChangePassword,
    IReadOnlyList<(string NameKk, string NameRu, string NameEn, int Visits)> VisitsByCenter);
