using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>Valid IINs for test people, different on every call.</summary>
public static class TestIins
{
    private static int _serial = Random.Shared.Next(1000, 5000);

    public static string Next(DateOnly birthDate, Sex sex)
    {
        while (true)
        {
            var serial = Interlocked.Increment(ref _serial) % 10000;
            var century = birthDate.Year >= 2000 ? 5 : 3;
            var body = string.Create(CultureInfo.InvariantCulture,
                $"{birthDate:yyMMdd}{century + (sex == Sex.Female ? 1 : 0)}{serial:D4}");
            if (Iin.CheckDigit([.. body.Select(c => c - '0')]) is { } check)
            {
                return body + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
