using Enbek.Application.Common;
using Enbek.Application.Territory;

namespace Enbek.Web.Areas.Reference.Models;

public sealed record SettlementListViewModel(SettlementFilter Filter, Page<SettlementRow> Page, IReadOnlyList<DistrictOption> Districts);
