using Enbek.Application.Accounts;
using Enbek.Domain.Audit;

namespace Enbek.Web.Areas.Admin.Models;

public sealed record UserDetailsViewModel(
    UserSummary User,
    IReadOnlyList<LoginEvent> Logins,
    IReadOnlyList<AuditEntry> History,
    string? OneTimePassword,
    bool IsLockedOut,
    bool IsSelf);
