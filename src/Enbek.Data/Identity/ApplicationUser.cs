using Enbek.Domain.Organisations;
using Microsoft.AspNetCore.Identity;

namespace Enbek.Data.Identity;

/// <summary>An account: it belongs to one organisation and may hold several roles in it.</summary>
public class ApplicationUser : IdentityUser<long>
{
    public long OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public string FullName { get; set; } = string.Empty;

    /// <summary>kk, ru or en: remembered for the user and applied at sign-in.</summary>
    public string PreferredCulture { get; set; } = "kk";

    /// <summary>Set when an administrator issues a one-time password; cleared by the user's own change.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Accounts are deactivated, never deleted.</summary>
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
}
