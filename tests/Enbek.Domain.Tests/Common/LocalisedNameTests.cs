using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public class LocalisedNameTests
{
    private static readonly LocalisedName Astana = new("Астана қаласы", "город Астана", "Astana city");

    [Theory]
    [InlineData("kk", "Астана қаласы")]
    [InlineData("ru", "город Астана")]
    [InlineData("en", "Astana city")]
    [InlineData("de", "Астана қаласы")] // any other language falls back to the state language
    public void Picks_the_readers_language(string language, string expected) => Assert.Equal(expected, Astana.In(language));

    [Fact]
    public void Writes_itself_in_the_current_UI_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru-RU");
            Assert.Equal("город Астана", Astana.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("kk-KZ");
            Assert.Equal("Астана қаласы", Astana.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
