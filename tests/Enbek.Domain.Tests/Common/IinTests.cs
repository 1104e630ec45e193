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
}
