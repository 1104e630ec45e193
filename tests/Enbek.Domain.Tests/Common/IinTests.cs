using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public sealed class IinTests
{
    [Theory]
    [InlineData("900101300007", 1990, 1, 1, Sex.Male)]
    [InlineData("050515500000", 2005, 5, 15, Sex.Male)]
    public void Accepts_a_valid_iin_and_derives_birth_date_and_sex(string text, int year, int month, int day, Sex sex)
    {
        var digits = text[..11].Select(c => c - '0').ToArray();
        var valid = text[..11] + Iin.CheckDigit(digits);
        Assert.True(Iin.TryParse(valid, out var iin));
        Assert.Equal(new DateOnly(year, month, day), iin.BirthDate);
        Assert.Equal(sex, iin.Sex);
        Assert.Equal("********" + valid[8..], iin.Masked);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("90010130000a")]
    [InlineData("901301300007")]
    [InlineData("900230300007")]
    [InlineData("900101700007")]
    public void Refuses_malformed_iins(string text) => Assert.False(Iin.TryParse(text, out _));

    [Fact]
    public void Refuses_a_wrong_check_digit()
    {
        var body = "90010130000";
        var check = Iin.CheckDigit(body.Select(c => c - '0').ToArray())!.Value;
        Assert.True(Iin.TryParse(body + check, out _));
        Assert.False(Iin.TryParse(body + ((check + 1) % 10), out _));
    }

    [Fact]
    public void Uses_the_second_weights_when_the_first_sum_gives_ten_and_refuses_when_both_do()
    {
        var sawSecond = false;
        var sawNone = false;
        for (var serial = 0; serial < 10000 && !(sawSecond && sawNone); serial++)
        {
            var digits = $"8506153{serial:D4}".Select(c => c - '0').ToArray();
            var first = Enumerable.Range(0, 11).Sum(i => digits[i] * (i + 1)) % 11;
            if (first != 10)
            {
                continue;
            }

            int[] second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
            var expected = Enumerable.Range(0, 11).Sum(i => digits[i] * second[i]) % 11;
            if (expected == 10)
            {
                sawNone = true;
                Assert.Null(Iin.CheckDigit(digits));
            }
            else
            {
                sawSecond = true;
                Assert.Equal(expected, Iin.CheckDigit(digits));
            }
        }

        Assert.True(sawSecond && sawNone);
    }

    [Theory]
    [InlineData("180512100016", 1818, 5, 12, Sex.Male)] // 1: 19th century, man
    [InlineData("180512200012", 1818, 5, 12, Sex.Female)] // 2: 19th century, woman
    [InlineData("000229501234", 2000, 2, 29, Sex.Male)] // 5: 21st century, man; 2000 is a leap year
    [InlineData("960229401237", 1996, 2, 29, Sex.Female)] // 4: 20th century, woman
    [InlineData("000101600018", 2000, 1, 1, Sex.Female)] // 6: 21st century, woman
    [InlineData("850615300000", 1985, 6, 15, Sex.Male)] // 3; the first weights give 10, the second give 0
    public void Reads_century_sex_and_birth_date_from_fixed_examples(string text, int year, int month, int day, Sex sex)
    {
        Assert.True(Iin.TryParse(text, out var iin));
        Assert.Equal(new DateOnly(year, month, day), iin.BirthDate);
        Assert.Equal(sex, iin.Sex);
    }

    [Theory]
    [InlineData("000229301231")] // 29 February 1900: not a leap year, although the check digit is right
    [InlineData("010229501236")] // 29 February 2001
    [InlineData("850615000010")] // century digit 0
    [InlineData("850615800011")] // century digit 8
    [InlineData("850615900018")] // century digit 9
    [InlineData("850615300050")] // both weight sequences give 10: no check digit can be right
    [InlineData("850615300059")]
    [InlineData("8506153000000")] // 13 digits
    [InlineData("85061530000")] // 11 digits
    [InlineData("８５０６１５３０００００")] // full-width digits are not ASCII digits
    [InlineData(" 850615 300000")]
    public void Refuses_impossible_dates_centuries_and_forms(string text) => Assert.False(Iin.TryParse(text, out _));
}
