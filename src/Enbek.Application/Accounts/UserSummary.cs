namespace Enbek.Application.Accounts;

public sealed record UserSummary(
    long Id, string UserName, string FullName, long OrganisationId, string OrganisationNameKk, string OrganisationNameRu, string OrganisationNameEn,
    bool IsActive, bool MustChangePassword, DateTimeOffset? LastSignInAt, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles);
