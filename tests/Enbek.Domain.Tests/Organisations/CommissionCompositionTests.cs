using Enbek.Domain.Organisations;

namespace Enbek.Domain.Tests.Organisations;

public sealed class CommissionCompositionTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    private static CommissionMember Member(CommissionPosition position, DateOnly from, DateOnly? to = null) =>
        new() { FullName = "Ғалым Тұрсынов", JobTitle = "Аудан әкімінің орынбасары", Position = position, ValidFrom = from, ValidTo = to };

    [Fact]
    public void A_second_chair_while_the_first_is_in_office_is_refused()
    {
        var chair = Member(CommissionPosition.Chair, Jan1);
        Assert.Same(chair, CommissionComposition.SeatHolderDuring([chair], CommissionPosition.Chair, Jan1.AddMonths(3), null));
    }

    [Fact]
    public void A_new_chair_from_the_day_after_the_last_day_of_the_previous_one_is_accepted()
    {
        var chair = Member(CommissionPosition.Chair, Jan1, new DateOnly(2026, 3, 31));
        Assert.Null(CommissionComposition.SeatHolderDuring([chair], CommissionPosition.Chair, new DateOnly(2026, 4, 1), null));
        Assert.Same(chair, CommissionComposition.SeatHolderDuring([chair], CommissionPosition.Chair, new DateOnly(2026, 3, 31), null));
    }

    [Fact]
    public void A_new_secretary_starting_before_a_past_secretary_began_overlaps_the_past_term()
    {
        var past = Member(CommissionPosition.Secretary, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));
        Assert.Same(past, CommissionComposition.SeatHolderDuring([past], CommissionPosition.Secretary, new DateOnly(2024, 12, 1), null));
    }

    [Fact]
    public void The_chair_does_not_hold_the_secretarys_seat()
    {
        var chair = Member(CommissionPosition.Chair, Jan1);
        Assert.Null(CommissionComposition.SeatHolderDuring([chair], CommissionPosition.Secretary, Jan1, null));
    }

    [Theory]
    [InlineData(CommissionPosition.Member)]
    [InlineData(CommissionPosition.DeputyChair)]
    public void Members_and_deputy_chairs_are_not_limited(CommissionPosition position)
    {
        var sitting = Member(position, Jan1);
        Assert.Null(CommissionComposition.SeatHolderDuring([sitting, Member(position, Jan1)], position, Jan1, null));
    }

    [Theory]
    [InlineData(OrganisationKind.DistrictCommission, true)]
    [InlineData(OrganisationKind.RegionalCommission, true)]
    [InlineData(OrganisationKind.EmploymentCenter, false)]
    [InlineData(OrganisationKind.RegionalExecutiveBody, false)]
    public void Only_district_and_regional_commissions_have_members(OrganisationKind kind, bool commission) =>
        Assert.Equal(commission, CommissionComposition.IsCommission(kind));

    [Fact]
    public void A_membership_ends_on_its_last_day_and_only_once()
    {
        var member = Member(CommissionPosition.Member, Jan1);
        member.End(Jan1);
        Assert.True(member.IsActiveOn(Jan1));
        Assert.False(member.IsActiveOn(Jan1.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => member.End(Jan1.AddDays(5)));
    }

    [Fact]
    public void A_membership_cannot_end_before_it_begins()
    {
        var member = Member(CommissionPosition.Member, Jan1);
        Assert.Throws<ArgumentOutOfRangeException>(() => member.End(Jan1.AddDays(-1)));
        Assert.False(member.IsEnded);
    }
}
