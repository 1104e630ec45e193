using Enbek.Application.Accounts;
using Enbek.Application.Organisations;

namespace Enbek.Web.Areas.Admin.Models;

public sealed record UserListViewModel(UserFilter Filter, IReadOnlyList<UserSummary> Rows, IReadOnlyList<OrganisationSummary> Organisations);
