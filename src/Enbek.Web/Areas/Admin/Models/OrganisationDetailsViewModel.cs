using Enbek.Application.Accounts;
using Enbek.Application.Organisations;
using Enbek.Domain.Audit;
using Enbek.Domain.Organisations;
using Enbek.Domain.Territory;

namespace Enbek.Web.Areas.Admin.Models;

public sealed record OrganisationDetailsViewModel(
    OrganisationSummary Organisation,
    IReadOnlyList<KatoCode> RegionKato,
    IReadOnlyList<KatoCode> DistrictKato,
    IReadOnlyList<UserSummary> Accounts,
    IReadOnlyList<CommissionMember> Members,
    IReadOnlyList<AuditEntry> History,
    bool IsOwnOrganisation);
