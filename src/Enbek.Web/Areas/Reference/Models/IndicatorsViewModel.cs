namespace Enbek.Web.Areas.Reference.Models;

public sealed record IndicatorsViewModel(IReadOnlyList<IndicatorGroup> Groups, IReadOnlyList<int> Years);
