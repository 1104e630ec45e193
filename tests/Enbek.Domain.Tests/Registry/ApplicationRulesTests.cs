using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Domain.Registry.Rules;

namespace Enbek.Domain.Tests.Registry;

public sealed class ApplicationRulesTests
{
    private static readonly DateOnly Applied = new(2026, 3, 10);
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Theory]
    [InlineData(0, RuleOutcome.Passed)]
    [InlineData(1, RuleOutcome.Failed)]
    [InlineData(2, RuleOutcome.Failed)]
    public void One_undecided_application_per_person(int undecided, RuleOutcome expected)
    {
        var result = OneOpenApplicationPerPersonRule.Evaluate(undecided);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal("REG-APP-ONE-OPEN", result.RuleCode);
        Assert.Contains(result.Facts, f => f.Name == "UndecidedApplications" && f.Value == undecided.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_application_names_at_least_one_measure()
    {
        Assert.Equal(RuleOutcome.Failed, ApplicationNamesMeasuresRule.Evaluate([]).Outcome);
        var passed = ApplicationNamesMeasuresRule.Evaluate([ProgrammeMeasure.PublicWorks, ProgrammeMeasure.Tvet]);
        Assert.True(passed.IsPassed);
        Assert.Contains(passed.Facts, f => f is { Name: "RequestedMeasures", Value: "Tvet,PublicWorks" });
    }

    [Theory]
    [InlineData("2026-03-09", RuleOutcome.Failed)] // a day before the application
    [InlineData("2026-03-10", RuleOutcome.Passed)] // the day of the application
    [InlineData("2026-03-20", RuleOutcome.Passed)] // today
    [InlineData("2026-03-21", RuleOutcome.Failed)] // tomorrow
    public void The_decision_is_dated_between_the_application_and_today(string decidedOn, RuleOutcome expected)
    {
        var result = DecisionDateRule.Evaluate(Applied, DateOnly.Parse(decidedOn, System.Globalization.CultureInfo.InvariantCulture), Today);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal("5.3.4", result.Section);
    }

    [Theory]
    [InlineData(ApplicationDecision.Included, null, null, RuleOutcome.NotApplicable)]
    [InlineData(ApplicationDecision.Refused, null, null, RuleOutcome.Failed)]
    [InlineData(ApplicationDecision.Refused, ApplicationRefusalReason.DocumentsIncomplete, null, RuleOutcome.Passed)]
    [InlineData(ApplicationDecision.Refused, ApplicationRefusalReason.Other, null, RuleOutcome.Failed)]
    [InlineData(ApplicationDecision.Refused, ApplicationRefusalReason.Other, "  ", RuleOutcome.Failed)]
    [InlineData(ApplicationDecision.Refused, ApplicationRefusalReason.Other, "left the country", RuleOutcome.Passed)]
    public void A_refusal_gives_a_reason_and_words_for_other(ApplicationDecision decision, ApplicationRefusalReason? reason, string? text, RuleOutcome expected) =>
        Assert.Equal(expected, RefusalReasonRule.Evaluate(decision, reason, text).Outcome);

    [Fact]
    public void Deciding_twice_is_impossible_and_voiding_needs_a_reason()
    {
        var application = new ProgrammeApplication { RecordedByName = "clerk" };
        application.Include(Applied, "clerk", "[]");

        Assert.Throws<InvalidOperationException>(() => application.Refuse(Applied, "clerk", ApplicationRefusalReason.Other, "x", "[]"));
        Assert.Throws<ArgumentException>(() => application.Void(" "));
        Assert.Equal(ApplicationDecision.Included, application.Decision);
    }

    [Fact]
    public void A_refusal_keeps_its_reason_and_a_voided_application_is_not_open()
    {
        var application = new ProgrammeApplication { RecordedByName = "clerk" };
        application.Refuse(Today, "head", ApplicationRefusalReason.Other, "  moved abroad ", "[{}]");
        var other = new ProgrammeApplication { RecordedByName = "clerk" };
        other.Void("typed twice");

        Assert.Equal("moved abroad", application.RefusalText);
        Assert.Equal("[{}]", application.DecisionRules);
        Assert.False(other.IsOpen);
        Assert.Throws<InvalidOperationException>(() => other.Include(Today, "x", "[]"));
    }

    [Theory]
    [InlineData(ProgrammeMeasure.Serpin, ProgrammeDirection.Training)]
    [InlineData(ProgrammeMeasure.Retraining, ProgrammeDirection.Training)]
    [InlineData(ProgrammeMeasure.BastauBusiness, ProgrammeDirection.Entrepreneurship)]
    [InlineData(ProgrammeMeasure.StateGrant, ProgrammeDirection.Entrepreneurship)]
    [InlineData(ProgrammeMeasure.VacancyPlacement, ProgrammeDirection.Jobs)]
    [InlineData(ProgrammeMeasure.InfrastructureProject, ProgrammeDirection.Jobs)]
    public void Each_measure_belongs_to_its_direction(ProgrammeMeasure measure, ProgrammeDirection direction) =>
        Assert.Equal(direction, ProgrammeMeasures.DirectionOf(measure));

    [Fact]
    public void Every_measure_is_in_exactly_one_group() =>
        Assert.Equal(Enum.GetValues<ProgrammeMeasure>().Length, ProgrammeMeasures.ByDirection().Sum(g => g.Count()));
}
