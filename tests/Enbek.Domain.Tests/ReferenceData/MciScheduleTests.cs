using System.Globalization;
using Enbek.Domain.Common;
using Enbek.Domain.ReferenceData;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.ReferenceData;

public class MciScheduleTests
{
    private static MciSchedule Mci => ReferenceFiles.Mci;

    [Theory]
    [InlineData("2017-01-01", MciPurpose.SocialPayment, 2269)]
    [InlineData("2019-12-31", MciPurpose.SocialPayment, 2525)]
    [InlineData("2020-01-01", MciPurpose.SocialPayment, 2651)]
    [InlineData("2020-03-31", MciPurpose.SocialPayment, 2651)]
    [InlineData("2020-04-01", MciPurpose.SocialPayment, 2778)]
    [InlineData("2020-03-31", MciPurpose.LimitOrCap, 2651)]
    [InlineData("2020-04-01", MciPurpose.LimitOrCap, 2778)]
    [InlineData("2020-12-31", MciPurpose.SocialPayment, 2778)]
    [InlineData("2021-01-01", MciPurpose.SocialPayment, 2917)]
    [InlineData("2022-03-31", MciPurpose.SocialPayment, 3063)]
    [InlineData("2022-03-31", MciPurpose.LimitOrCap, 3063)]
    [InlineData("2022-04-01", MciPurpose.SocialPayment, 3180)]
    [InlineData("2022-04-01", MciPurpose.LimitOrCap, 3063)]
    [InlineData("2022-12-31", MciPurpose.SocialPayment, 3180)]
    [InlineData("2022-12-31", MciPurpose.LimitOrCap, 3063)]
    [InlineData("2023-01-01", MciPurpose.SocialPayment, 3450)]
    [InlineData("2023-01-01", MciPurpose.LimitOrCap, 3450)]
    [InlineData("2024-01-01", MciPurpose.LimitOrCap, 3692)]
    [InlineData("2026-12-31", MciPurpose.SocialPayment, 4325)]
    public void Picks_the_MCI_in_force_on_the_date_for_the_purpose(string date, MciPurpose purpose, int tengePerMci)
    {
        var rate = Mci.RateOn(ReferenceFiles.Date(date), purpose);

        Assert.Equal(tengePerMci, rate.TengePerMci);
        Assert.Equal(purpose, rate.Purpose);
    }

    [Fact]
    public void Returns_social_payment_rate_on_1_April_2022()
    {
        var rate = Mci.RateOn(new DateOnly(2022, 4, 1), MciPurpose.SocialPayment);

        Assert.Equal(new MciRate(new DateOnly(2022, 4, 1), new DateOnly(2022, 12, 31), MciPurpose.SocialPayment, 3180m), rate);
    }

    [Fact]
    public void Converts_2500_MCI_at_the_2021_rate_to_7_292_500_tenge()
    {
        var rate = Mci.RateOn(new DateOnly(2021, 6, 15), MciPurpose.LimitOrCap);

        var limit = rate.ToTenge(2500m);

        Assert.Equal(new Money(7292500.00m), limit);
        Assert.Equal("7 292 500,00 ₸", limit.Format(CultureInfo.GetCultureInfo("ru-RU")).Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Theory]
    [InlineData("2022-05-10", MciPurpose.LimitOrCap, "8000", "24504000.00")]
    [InlineData("2022-05-10", MciPurpose.SocialPayment, "4", "12720.00")]
    [InlineData("2022-03-31", MciPurpose.SocialPayment, "4", "12252.00")]
    [InlineData("2020-04-01", MciPurpose.SocialPayment, "0.5", "1389.00")]
    [InlineData("2021-01-01", MciPurpose.SocialPayment, "0.5", "1458.50")]
    public void Converts_MCI_to_tenge_at_the_rate_of_the_date(string date, MciPurpose purpose, string mciCount, string expectedTenge)
    {
        var rate = Mci.RateOn(ReferenceFiles.Date(date), purpose);

        Assert.Equal(new Money(Parse(expectedTenge)), rate.ToTenge(Parse(mciCount)));
    }

    [Fact]
    public void Rounds_the_converted_amount_to_tiyn_once()
    {
        var rate = new MciRate(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31), MciPurpose.SocialPayment, 2917m);

        Assert.Equal(new Money(2.92m), rate.ToTenge(0.001m));
        Assert.Equal(new Money(1.46m), rate.ToTenge(0.0005m));
    }

    [Theory]
    [InlineData("2016-12-31")]
    [InlineData("2027-01-01")]
    public void Refuses_a_date_no_period_covers(string date)
    {
        var exception = Assert.Throws<ReferenceDataMissingException>(
            () => Mci.RateOn(ReferenceFiles.Date(date), MciPurpose.SocialPayment));

        Assert.Equal(ReferenceFiles.Date(date), exception.Date);
        Assert.Contains("MCI", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_date_in_a_gap_between_periods()
    {
        var schedule = new MciSchedule(
        [
            new MciPeriod(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), 2651m, null),
            new MciPeriod(new DateOnly(2022, 1, 1), null, 3063m, null),
        ]);

        Assert.Throws<ReferenceDataMissingException>(() => schedule.RateOn(new DateOnly(2021, 7, 1), MciPurpose.SocialPayment));
        Assert.Equal(3063m, schedule.RateOn(new DateOnly(2030, 1, 1), MciPurpose.SocialPayment).TengePerMci);
    }

    [Fact]
    public void Rejects_periods_that_overlap_by_one_day()
    {
        MciPeriod[] periods =
        [
            new(new DateOnly(2020, 1, 1), new DateOnly(2020, 4, 1), 2651m, null),
            new(new DateOnly(2020, 4, 1), new DateOnly(2020, 12, 31), 2778m, null),
        ];

        Assert.Throws<ArgumentException>(() => new MciSchedule(periods));
    }

    [Fact]
    public void Rejects_a_period_after_an_open_ended_one()
    {
        MciPeriod[] periods =
        [
            new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), 3450m, null),
            new(new DateOnly(2021, 1, 1), null, 2917m, null),
        ];

        Assert.Throws<ArgumentException>(() => new MciSchedule(periods));
    }

    [Fact]
    public void Rejects_a_period_that_ends_before_it_starts()
    {
        MciPeriod[] periods = [new(new DateOnly(2021, 12, 31), new DateOnly(2021, 1, 1), 2917m, null)];

        Assert.Throws<ArgumentException>(() => new MciSchedule(periods));
    }

    [Fact]
    public void Keeps_all_periods_in_date_order()
    {
        Assert.Equal(12, Mci.Periods.Count);
        Assert.Equal(Mci.Periods.OrderBy(p => p.ValidFrom), Mci.Periods);
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
