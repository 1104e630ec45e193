namespace Enbek.Domain.Indicators;

public enum IndicatorLevel
{
    /// <summary>Target indicators come from official statistics entered by analysts.</summary>
    Target,

    /// <summary>Result indicators are counted from the portal's own records.</summary>
    Result,
}
