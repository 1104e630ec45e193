using Enbek.Application.Territory;
using Enbek.Domain.Audit;
using Enbek.Domain.Employers;
using Enbek.Domain.Territory;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record EmployerListViewModel(string? Query, long? RegionId, IReadOnlyList<Employer> Employers, IReadOnlyList<RegionRow> Regions, bool CanRecord);

public sealed record EmployerFormViewModel(long? Id, EmployerForm Form, IReadOnlyList<RegionRow> Regions, IReadOnlyList<District> Districts);

public sealed record EmployerDetailsViewModel(Employer Employer, RegionRow? Region, District? District, IReadOnlyList<AuditEntry> History, bool CanRecord);
