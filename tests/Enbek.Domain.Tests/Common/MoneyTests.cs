using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("1.0049999", "1.00")]
    [InlineData("7292500", "7292500.00")]
    public void Rounds_half_away_from_zero_to_tiyn(string amount, string expected)
    {
        var rounded = new Money(Parse(amount)).RoundToTiyn();

        Assert.Equal(Parse(expected), rounded.Tenge);
    }

    [Fact]
    public void Adds_and_subtracts_exactly()
    {
        var a = new Money(0.10m);
        var b = new Money(0.20m);

        Assert.Equal(new Money(0.30m), a + b);
        Assert.Equal(new Money(-0.10m), a - b);
        Assert.Equal(Money.Zero, a + b - new Money(0.3m));
    }

    [Fact]
    public void Multiplication_keeps_full_precision_until_rounded()
    {
        var half = new Money(0.01m) * 0.5m;

        Assert.Equal(0.005m, half.Tenge);
        Assert.Equal(new Money(0.01m), half.RoundToTiyn());
        Assert.Equal(half, 0.5m * new Money(0.01m));
    }

    [Theory]
    [InlineData("7292500.00", "7292500.01", -1)]
    [InlineData("7292500.01", "7292500.00", 1)]
    [InlineData("7292500.00", "7292500", 0)]
    public void Compares_by_amount(string left, string right, int expectedSign)
    {
        var a = new Money(Parse(left));
        var b = new Money(Parse(right));

        Assert.Equal(expectedSign, Math.Sign(a.CompareTo(b)));
        Assert.Equal(expectedSign < 0, a < b);
        Assert.Equal(expectedSign > 0, a > b);
        Assert.Equal(expectedSign <= 0, a <= b);
        Assert.Equal(expectedSign >= 0, a >= b);
    }

    [Theory]
    [InlineData("kk-KZ")]
    [InlineData("ru-RU")]
    public void Formats_with_space_groups_comma_decimals_and_tenge_sign(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var group = culture.NumberFormat.NumberGroupSeparator;

        var text = new Money(7292500m).Format(culture);

        // ICU's separator is a no-break space (U+00A0 or U+202F depending on version): a space of some kind.
        Assert.True(group.Length == 1 && char.IsWhiteSpace(group[0]), $"group separator U+{(int)group[0]:X4}");
        Assert.Equal($"7{group}292{group}500,00 ₸", text);
        Assert.Equal("7 292 500,00 ₸", NormaliseSpaces(text));
    }

    [Fact]
    public void Formats_tiyn_in_ru_RU()
    {
        var text = new Money(1458.5m).Format(CultureInfo.GetCultureInfo("ru-RU"));

        Assert.Equal("1 458,50 ₸", NormaliseSpaces(text));
    }

    [Fact]
    public void Prints_invariantly_for_logs()
    {
        Assert.Equal("7292500.00 KZT", new Money(7292500m).ToString());
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    private static string NormaliseSpaces(string text) =>
        new([.. text.Select(c => char.IsWhiteSpace(c) ? ' ' : c)]);
}
