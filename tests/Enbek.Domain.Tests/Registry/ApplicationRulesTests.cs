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
    [InlineData("2026-03-09", "2026-03-10", RuleOutcome.Failed)] // a day before the consent
    [InlineData("2026-03-10", "2026-03-10", RuleOutcome.Passed)] // the day of the consent
    [InlineData("2026-03-20", "2026-03-10", RuleOutcome.Passed)] // today
    [InlineData("2026-03-21", "2026-03-10", RuleOutcome.Failed)] // tomorrow
    public void The_application_is_dated_between_the_consent_and_today(string appliedOn, string consentGivenOn, RuleOutcome expected)
    {
        var result = ApplicationDateRule.Evaluate(
            DateOnly.Parse(appliedOn, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(consentGivenOn, System.Globalization.CultureInfo.InvariantCulture), Today);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal("REG-APP-DATE", result.RuleCode);
        Assert.Contains(result.Facts, f => f.Name == "ConsentGivenOn");
    }

    [Fact]
    public void The_application_date_rule_names_which_bound_is_crossed()
    {
        Assert.Equal("The application cannot be dated in the future.", ApplicationDateRule.Evaluate(Today.AddDays(1), Applied, Today).MessageKey);
        Assert.Equal("The application cannot be dated before the consent to the processing of personal data.",
            ApplicationDateRule.Evaluate(Applied.AddDays(-1), Applied, Today).MessageKey);
    }

    [Theory]
    [InlineData(ApplicantCategory.Unemployed, EmploymentStatus.Unemployed)]
    [InlineData(ApplicantCategory.NoviceEntrepreneur, EmploymentStatus.NoviceEntrepreneur)]
    [InlineData(ApplicantCategory.Kandas, null)]
    [InlineData(ApplicantCategory.FarmHousehold, null)]
    public void A_category_that_is_a_status_declares_it(ApplicantCategory category, EmploymentStatus? declared) =>
        Assert.Equal(declared, category.DeclaredStatus());

    [Fact]
    public void Applying_in_another_status_dates_it_and_moves_the_current_one_only_when_not_older()
    {
        var person = new Person { Iin = "x", Surname = "x", FirstName = "x", ConsentTakenByName = "clerk", Status = EmploymentStatus.Employed, StatusSince = Applied };

        Assert.Null(person.DeclareOnApplying(ApplicantCategory.Kandas, Today, DateTimeOffset.UnixEpoch));
        var older = person.DeclareOnApplying(ApplicantCategory.Unemployed, Applied.AddDays(-1), DateTimeOffset.UnixEpoch);
        Assert.Equal((EmploymentStatus.Unemployed, Applied.AddDays(-1)), (older!.Status, older.Since));
        Assert.Equal((EmploymentStatus.Employed, Applied), (person.Status, person.StatusSince));

        var newer = person.DeclareOnApplying(ApplicantCategory.JobSeeker, Today, DateTimeOffset.UnixEpoch);
        Assert.Equal(EmploymentStatus.JobSeeker, newer!.Status);
        Assert.Equal((EmploymentStatus.JobSeeker, Today), (person.Status, person.StatusSince));
        Assert.Null(person.DeclareOnApplying(ApplicantCategory.JobSeeker, Today, DateTimeOffset.UnixEpoch));
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
