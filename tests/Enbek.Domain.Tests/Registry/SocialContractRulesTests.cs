using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Domain.Registry.Rules;

namespace Enbek.Domain.Tests.Registry;

public sealed class SocialContractRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly ProgrammeMeasure[] Requested = [ProgrammeMeasure.ShortTermTraining, ProgrammeMeasure.VacancyPlacement];

    [Fact]
    public void A_contract_rests_on_an_included_application_of_the_same_person_and_its_measures()
    {
        var passed = SocialContractOnIncludedApplicationRule.Evaluate(ApplicationDecision.Included, false, 7, 7, Requested, [ProgrammeMeasure.ShortTermTraining]);

        Assert.True(passed.IsPassed);
        Assert.Equal("REG-CONTRACT-APPLICATION", passed.RuleCode);
    }

    [Theory]
    [InlineData(ApplicationDecision.Pending, false, 7L)]
    [InlineData(ApplicationDecision.Refused, false, 7L)]
    [InlineData(ApplicationDecision.Included, true, 7L)] // voided
    [InlineData(ApplicationDecision.Included, false, 8L)] // another person
    public void No_contract_on_an_undecided_refused_voided_or_foreign_application(ApplicationDecision decision, bool voided, long personOfApplication) =>
        Assert.Equal(RuleOutcome.Failed,
            SocialContractOnIncludedApplicationRule.Evaluate(decision, voided, personOfApplication, 7, Requested, [ProgrammeMeasure.ShortTermTraining]).Outcome);

    [Fact]
    public void A_contract_covers_some_requested_measures_and_no_others()
    {
        var none = SocialContractOnIncludedApplicationRule.Evaluate(ApplicationDecision.Included, false, 7, 7, Requested, []);
        var extra = SocialContractOnIncludedApplicationRule.Evaluate(ApplicationDecision.Included, false, 7, 7, Requested, [ProgrammeMeasure.ShortTermTraining, ProgrammeMeasure.StateGrant]);
        var all = SocialContractOnIncludedApplicationRule.Evaluate(ApplicationDecision.Included, false, 7, 7, Requested, Requested);

        Assert.Equal(RuleOutcome.Failed, none.Outcome);
        Assert.Equal("The contract may cover only measures the application asked for.", extra.MessageKey);
        Assert.True(all.IsPassed);
    }

    [Theory]
    [InlineData("2026-06-01", "2026-06-01", "2026-12-31", RuleOutcome.Passed)] // signed on the first day
    [InlineData("2026-05-31", "2026-06-01", "2026-06-02", RuleOutcome.Passed)] // a two-day term
    [InlineData("2026-06-02", "2026-06-01", "2026-12-31", RuleOutcome.Failed)] // signed a day after the start
    [InlineData("2026-06-01", "2026-06-01", "2026-06-01", RuleOutcome.Failed)] // ends the day it starts
    [InlineData("2026-06-01", "2026-06-10", "2026-06-09", RuleOutcome.Failed)] // ends before it starts
    [InlineData("2026-06-15", "2026-06-20", "2026-12-31", RuleOutcome.Passed)] // signed today
    [InlineData("2026-06-16", "2026-06-20", "2026-12-31", RuleOutcome.Failed)] // signed tomorrow
    public void The_term_ends_after_it_starts_and_the_contract_is_signed_by_its_start(string signedOn, string start, string end, RuleOutcome expected) =>
        Assert.Equal(expected, SocialContractTermRule.Evaluate(D(signedOn), D(start), D(end), Today).Outcome);

    [Theory]
    [InlineData(SocialContractStatus.Signed, SocialContractStatus.InForce, true)]
    [InlineData(SocialContractStatus.InForce, SocialContractStatus.Completed, true)]
    [InlineData(SocialContractStatus.Signed, SocialContractStatus.Terminated, true)]
    [InlineData(SocialContractStatus.InForce, SocialContractStatus.Terminated, true)]
    [InlineData(SocialContractStatus.Signed, SocialContractStatus.Completed, false)]
    [InlineData(SocialContractStatus.InForce, SocialContractStatus.InForce, false)]
    [InlineData(SocialContractStatus.Completed, SocialContractStatus.Terminated, false)]
    [InlineData(SocialContractStatus.Terminated, SocialContractStatus.InForce, false)]
    [InlineData(SocialContractStatus.Completed, SocialContractStatus.InForce, false)]
    public void Steps_go_only_in_order(SocialContractStatus from, SocialContractStatus to, bool allowed)
    {
        Assert.Equal(allowed, SocialContractTransitionRule.IsAllowed(from, to));
        var result = SocialContractTransitionRule.Evaluate(from, to, D("2026-06-10"), D("2026-06-01"), D("2026-06-01"), D("2026-12-31"), Today,
            ContractTerminationReason.ParticipantRequest);
        Assert.Equal(allowed ? RuleOutcome.Passed : RuleOutcome.Failed, result.Outcome);
    }

    private static SocialContract Contract() => new()
    {
        CenterObligations = "c", ParticipantObligations = "p", CenterSignatoryName = "clerk", ParticipantName = "person",
        SignedOn = D("2026-05-30"), TermStart = D("2026-06-01"), TermEnd = D("2026-06-10"), Status = SocialContractStatus.Signed,
    };

    [Theory]
    [InlineData("2026-05-29", false)] // before signing
    [InlineData("2026-05-30", true)] // the day it was signed
    [InlineData("2026-06-15", true)] // today
    [InlineData("2026-06-16", false)] // tomorrow
    public void Entry_into_force_is_dated_between_signing_and_today(string on, bool passes)
    {
        var contract = Contract();

        var result = contract.PutInForce(D(on), Today);

        Assert.Equal(passes, result.IsPassed);
        Assert.Equal(passes ? SocialContractStatus.InForce : SocialContractStatus.Signed, contract.Status);
    }

    [Theory]
    [InlineData("2026-05-31", ContractTerminationReason.ParticipantRequest, null, false)] // the day before the term
    [InlineData("2026-06-01", ContractTerminationReason.ParticipantRequest, null, true)] // the first day
    [InlineData("2026-06-10", ContractTerminationReason.ObligationsNotFulfilled, null, true)] // the last day
    [InlineData("2026-06-11", ContractTerminationReason.ParticipantRequest, null, false)] // the day after the term
    [InlineData("2026-06-05", null, null, false)] // no reason
    [InlineData("2026-06-05", ContractTerminationReason.Other, "", false)] // other without words
    [InlineData("2026-06-05", ContractTerminationReason.Other, "moved abroad", true)]
    public void A_termination_names_its_reason_and_falls_inside_the_term(string on, ContractTerminationReason? reason, string? text, bool passes)
    {
        var contract = Contract();
        contract.PutInForce(D("2026-06-01"), Today);

        var result = contract.Terminate(D(on), Today, reason, text);

        Assert.Equal(passes, result.IsPassed);
        Assert.Equal(passes ? SocialContractStatus.Terminated : SocialContractStatus.InForce, contract.Status);
        Assert.Equal(passes ? D(on) : null, contract.TerminatedOn);
    }

    [Fact]
    public void A_completed_contract_takes_no_further_step()
    {
        var contract = Contract();
        contract.PutInForce(D("2026-06-01"), Today);
        Assert.True(contract.Complete(D("2026-06-10"), Today).IsPassed);

        Assert.False(contract.Terminate(D("2026-06-10"), Today, ContractTerminationReason.ParticipantRequest, null).IsPassed);
        Assert.False(contract.PutInForce(D("2026-06-10"), Today).IsPassed);
        Assert.Equal(SocialContractStatus.Completed, contract.Status);
        Assert.False(contract.IsOpen);
    }

    [Fact]
    public void Completion_cannot_be_dated_before_the_entry_into_force()
    {
        var contract = Contract();
        contract.PutInForce(D("2026-06-05"), Today);

        Assert.False(contract.Complete(D("2026-06-04"), Today).IsPassed);
        Assert.True(contract.Complete(D("2026-06-05"), Today).IsPassed);
    }
}
