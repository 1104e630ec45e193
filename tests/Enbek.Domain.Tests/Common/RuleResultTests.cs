using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public class RuleResultTests
{
    [Fact]
    public void Pass_is_passed_and_keeps_its_facts()
    {
        var requested = RuleFact.Money("requested", new Money(7000000m));
        var limit = RuleFact.Money("limit", new Money(7292500m));

        var result = RuleResult.Pass("ENT-LIMIT-RURAL", "4.2", "Rule.EntLimitRural.Passed", requested, limit);

        Assert.True(result.IsPassed);
        Assert.Equal(RuleOutcome.Passed, result.Outcome);
        Assert.Equal("ENT-LIMIT-RURAL", result.RuleCode);
        Assert.Equal("4.2", result.Section);
        Assert.Equal("Rule.EntLimitRural.Passed", result.MessageKey);
        Assert.Equal([requested, limit], result.Facts);
    }

    [Fact]
    public void Fail_is_not_passed()
    {
        var result = RuleResult.Fail("ENT-LIMIT-RURAL", "4.2", "Rule.EntLimitRural.Failed");

        Assert.False(result.IsPassed);
        Assert.Equal(RuleOutcome.Failed, result.Outcome);
        Assert.Empty(result.Facts);
    }

    [Fact]
    public void Not_applicable_is_not_passed()
    {
        var result = RuleResult.NotApplicable("ENT-LIMIT-RURAL", "4.2", "Rule.EntLimitRural.NotApplicable");

        Assert.False(result.IsPassed);
        Assert.Equal(RuleOutcome.NotApplicable, result.Outcome);
    }
}
