using Enbek.Data;
using Enbek.Domain.Common;
using Enbek.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Indicators;

/// <summary>The programme's target and result indicators with their plan values, from every plan source.</summary>
public sealed class IndicatorCatalogueService(EnbekDbContext db)
{
    /// <summary>Target indicators first, then result indicators by code; the section 4 table before the action plan.</summary>
    public async Task<List<IndicatorRow>> CatalogueAsync()
    {
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.PlanValues).ToListAsync();

        // The catalogue has no Russian names: Russian readers see the Kazakh one, the state language.
        return [.. indicators
            .OrderBy(i => i.Level != IndicatorLevel.Target).ThenBy(i => i.Code, StringComparer.Ordinal)
            .ThenBy(i => i.SourceTable == "appendix").ThenBy(i => i.SourceTable, StringComparer.Ordinal)
            .Select(i => new IndicatorRow(
                i.Code, i.Level, i.Direction, i.SourceTable, new LocalisedName(i.NameKk, i.NameKk, i.NameEn), i.Unit, i.DataSource,
                i.DirectionOfGood, i.PlanSource, i.PlanValues.ToDictionary(v => v.Year, v => v.Value)))];
    }
}
