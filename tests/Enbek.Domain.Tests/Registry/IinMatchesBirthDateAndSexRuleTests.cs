using Enbek.Domain.Common;
using Enbek.Domain.Registry.Rules;

namespace Enbek.Domain.Tests.Registry;

public sealed class IinMatchesBirthDateAndSexRuleTests
{
    private static readonly Iin Woman1996 = Iin.TryParse("960229401237", out var iin) ? iin : throw new InvalidOperationException();

    [Fact]
    public void Passes_when_birth_date_and_sex_agree_and_names_the_figures()
    {
        var result = IinMatchesBirthDateAndSexRule.Evaluate(Woman1996, new DateOnly(1996, 2, 29), Sex.Female);

        Assert.True(result.IsPassed);
        Assert.Equal("REG-IIN-FACTS", result.RuleCode);
        Assert.Contains(result.Facts, f => f is { Name: "BirthDateInIin", Value: "1996-02-29" });
    }

    [Theory]
    [InlineData(1996, 3, 1, Sex.Female)] // a day later
    [InlineData(1996, 2, 28, Sex.Female)] // a day earlier
    [InlineData(1996, 2, 29, Sex.Male)] // the other sex
    public void Fails_on_any_difference(int year, int month, int day, Sex sex)
    {
        var result = IinMatchesBirthDateAndSexRule.Evaluate(Woman1996, new DateOnly(year, month, day), sex);

        Assert.Equal(RuleOutcome.Failed, result.Outcome);
        Assert.Equal("1", result.Section);
    }
}
