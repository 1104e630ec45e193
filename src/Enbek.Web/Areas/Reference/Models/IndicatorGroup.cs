using Enbek.Application.Indicators;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>One indicator code with the rows of each plan source that gives it (the section 4 table, the action plan).</summary>
public sealed record IndicatorGroup(string Code, IReadOnlyList<IndicatorRow> Sources)
{
    /// <summary>True when the plan sources give different values for the year.</summary>
    public bool Differs(int year) => Sources.Select(s => s.Plan.TryGetValue(year, out var v) ? v : (decimal?)null).Distinct().Count() > 1;

    public static IReadOnlyList<IndicatorGroup> Of(IEnumerable<IndicatorRow> rows) =>
        [.. rows.GroupBy(r => r.Code).Select(g => new IndicatorGroup(g.Key, [.. g]))];
}
