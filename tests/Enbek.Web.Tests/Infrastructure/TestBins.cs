using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>Valid BINs never used before in the test run: resident legal entities registered in March 2015.</summary>
public static class TestBins
{
    private static int _serial = 100;

    public static string Next()
    {
        while (true)
        {
            var body = string.Create(CultureInfo.InvariantCulture, $"15034000{Interlocked.Increment(ref _serial):D3}");
            if (Iin.CheckDigit([.. body.Select(c => c - '0')]) is { } check)
            {
                return body + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
