using Enbek.Domain.Common;

namespace Enbek.Domain.Tests.Common;

public class ReferenceDataMissingExceptionTests
{
    [Fact]
    public void Message_names_what_is_missing_and_the_date()
    {
        var exception = new ReferenceDataMissingException("MCI", new DateOnly(2027, 1, 1));

        Assert.Equal("No MCI reference data covers 2027-01-01.", exception.Message);
        Assert.Equal("MCI", exception.What);
        Assert.Equal(new DateOnly(2027, 1, 1), exception.Date);
    }
}
