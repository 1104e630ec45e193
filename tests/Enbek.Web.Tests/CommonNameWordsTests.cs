using Enbek.Application.Registry.Persons;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

public sealed class CommonNameWordsTests
{
    [Fact]
    public void A_word_counts_as_common_for_its_lifetime_and_is_asked_about_again_after()
    {
        var clock = new ShiftedClock();
        var common = new CommonNameWords(clock);
        Assert.False(common.IsCommon("АХМЕТ"));

        common.Remember("АХМЕТ");
        clock.Shift = CommonNameWords.Lifetime - TimeSpan.FromSeconds(1);
        Assert.True(common.IsCommon("АХМЕТ"));
        Assert.False(common.IsCommon("АХМЕ"));

        clock.Shift = CommonNameWords.Lifetime;
        Assert.False(common.IsCommon("АХМЕТ"));
    }

    [Fact]
    public void A_full_memory_starts_afresh_instead_of_growing()
    {
        var common = new CommonNameWords(TimeProvider.System);
        for (var i = 0; i < CommonNameWords.Capacity; i++)
        {
            common.Remember("W" + i);
        }

        Assert.True(common.IsCommon("W0"));
        common.Remember("АХМЕТ");
        Assert.False(common.IsCommon("W0"));
        Assert.True(common.IsCommon("АХМЕТ"));
    }
}
