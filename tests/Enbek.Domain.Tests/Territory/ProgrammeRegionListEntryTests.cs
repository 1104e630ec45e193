using Enbek.Domain.Territory;
using Enbek.Domain.Tests.Support;

namespace Enbek.Domain.Tests.Territory;

public class ProgrammeRegionListEntryTests
{
    private static ProgrammeRegionListEntry Entry(DateOnly? from, DateOnly? to) =>
        new() { List = ProgrammeRegionListKind.MobilityReceiving, RegionId = 1, ValidFrom = from, ValidTo = to, Basis = "decree" };

    [Theory]
    [InlineData(null, null, "2017-01-01", true)]
    [InlineData("2026-03-01", null, "2026-02-28", false)]
    [InlineData("2026-03-01", null, "2026-03-01", true)]
    [InlineData("2026-03-01", "2026-08-31", "2026-08-31", true)]
    [InlineData("2026-03-01", "2026-08-31", "2026-09-01", false)]
    public void Lists_the_region_from_the_first_to_the_last_day(string? from, string? to, string date, bool listed)
    {
        var entry = Entry(Parse(from), Parse(to));

        Assert.Equal(listed, entry.IsListedOn(ReferenceFiles.Date(date)));
    }

    [Fact]
    public void An_open_entry_overlaps_any_later_start_and_a_closed_one_only_up_to_its_last_day()
    {
        var open = Entry(null, null);
        var closed = Entry(null, new DateOnly(2026, 8, 31));

        Assert.True(open.ListsOnOrAfter(new DateOnly(2030, 1, 1)));
        Assert.True(closed.ListsOnOrAfter(new DateOnly(2026, 8, 31)));
        Assert.False(closed.ListsOnOrAfter(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Ending_an_entry_sets_its_last_day()
    {
        var entry = Entry(new DateOnly(2026, 3, 1), null);

        entry.EndOn(new DateOnly(2026, 3, 1));

        Assert.Equal(new DateOnly(2026, 3, 1), entry.ValidTo);
        Assert.False(entry.IsListedOn(new DateOnly(2026, 3, 2)));
    }

    [Theory]
    [InlineData("2026-03-01", null, "2026-02-28")]         // before it starts
    [InlineData("2026-03-01", "2026-08-31", "2026-08-31")] // not shorter
    [InlineData("2026-03-01", "2026-08-31", "2026-12-31")] // would extend it
    public void An_entry_cannot_end_before_it_starts_or_be_extended(string from, string? to, string lastDay)
    {
        var entry = Entry(Parse(from), Parse(to));
        var day = Parse(lastDay)!.Value;

        Assert.False(entry.CanEndOn(day));
        Assert.Throws<ArgumentOutOfRangeException>(() => entry.EndOn(day));
        Assert.Equal(Parse(to), entry.ValidTo);
    }

    private static DateOnly? Parse(string? date) =>
        date is null ? null : ReferenceFiles.Date(date);
}
