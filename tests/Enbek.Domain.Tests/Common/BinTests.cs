using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public sealed class BinTests
{
    [Theory]
    [InlineData("070540001236")]
    [InlineData(" 070540001236 ")]
    [InlineData("070540001907")]
    public void Accepts_twelve_digits_with_the_iin_check_digit(string bin) => Assert.True(Bin.IsValid(bin));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("07054000123")]
    [InlineData("0705400012366")]
    [InlineData("07054000123a")]
    [InlineData("０７０５４０００１２３６")]
    public void Refuses_anything_but_twelve_ascii_digits(string? bin) => Assert.False(Bin.IsValid(bin));

    [Theory]
    [InlineData("070540001237")]
    [InlineData("070540001230")]
    [InlineData("070540001900")]
    public void Refuses_a_wrong_check_digit(string bin) => Assert.False(Bin.IsValid(bin));
}
