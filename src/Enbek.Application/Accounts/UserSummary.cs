using Enbek.Domain.Access;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;

namespace Enbek.Application.Accounts;

public sealed record UserSummary(
    long Id, string UserName, string FullName, long OrganisationId, LocalisedName OrganisationName, OrganisationKind OrganisationKind,
    bool IsActive, bool MustChangePassword, DateTimeOffset? LastSignInAt, DateTimeOffset? LockoutEnd, IReadOnlyList<string> Roles,
    string PreferredCulture, DateTimeOffset CreatedAt)
{
    /// <summary>The roles as the portal knows them, in the order of <see cref="PortalRole"/>.</summary>
    public IReadOnlyList<PortalRole> PortalRoles =>
        [.. Roles.Select(r => Enum.TryParse<PortalRole>(r, out var role) ? role : (PortalRole?)null).OfType<PortalRole>().Order()];

    public bool IsLockedOutAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}
