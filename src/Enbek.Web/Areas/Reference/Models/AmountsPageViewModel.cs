using Enbek.Application.ReferenceData;

namespace Enbek.Web.Areas.Reference.Models;

public sealed record AmountsPageViewModel(
    IReadOnlyList<RatePeriodRow> MinimumWage, IReadOnlyList<RatePeriodRow> SubsistenceMinimum, AddAmountPeriodForm Form, bool CanManage);
