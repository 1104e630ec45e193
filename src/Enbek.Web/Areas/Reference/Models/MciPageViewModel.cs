using Enbek.Application.ReferenceData;

namespace Enbek.Web.Areas.Reference.Models;

public sealed record MciPageViewModel(IReadOnlyList<RatePeriodRow> Periods, AddMciPeriodForm Form, bool CanManage);
