using Enbek.Domain.Common;

namespace Enbek.Application.Accounts;

public sealed record UserSummary(
    long Id, string UserName, string FullName, long OrganisationId, LocalisedName OrganisationName,
    bool IsActive, bool MustChangePassword, DateTimeOffset? LastSignInAt, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles);
