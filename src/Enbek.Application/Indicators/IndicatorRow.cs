using Enbek.Domain.Common;
using Enbek.Domain.Indicators;

namespace Enbek.Application.Indicators;

/// <summary>An indicator as one plan source gives it (a section 4 table or the action plan), with its plan values by year.</summary>
public sealed record IndicatorRow(
    string Code,
    IndicatorLevel Level,
    string? Direction,
    string SourceTable,
    LocalisedName Name,
    string Unit,
    string DataSource,
    string DirectionOfGood,
    string PlanSource,
    IReadOnlyDictionary<int, decimal> Plan);
