using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public class RuleFactTests
{
    [Fact]
    public void Money_fact_is_tenge_with_two_decimals_in_invariant_form()
    {
        var fact = RuleFact.Money("limit", new Money(7292500m));

        Assert.Equal(new RuleFact("limit", "7292500.00", "KZT"), fact);
    }

    [Theory]
    [InlineData(2500, "MCI", "2500")]
    [InlineData(35, "%", "35")]
    [InlineData(2, "days", "2")]
    public void Number_fact_keeps_value_and_unit(int value, string unit, string expected)
    {
        var fact = RuleFact.Number("n", value, unit);

        Assert.Equal(expected, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void Number_fact_uses_a_point_for_decimals()
    {
        Assert.Equal("2.5", RuleFact.Number("share", 2.5m, "%").Value);
    }

    [Fact]
    public void Date_fact_is_iso()
    {
        var fact = RuleFact.Date("decision date", new DateOnly(2021, 3, 5));

        Assert.Equal("2021-03-05", fact.Value);
        Assert.Equal("date", fact.Unit);
    }
}
