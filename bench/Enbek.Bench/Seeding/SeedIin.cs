using System.Globalization;
using Enbek.Domain.Common;

namespace Enbek.Bench.Seeding;

/// <summary>IINs that agree with a person's birth date and sex, with the check digit of <see cref="Iin"/>.</summary>
public static class SeedIin
{
    public static string For(DateOnly birthDate, Sex sex, Random random)
    {
        // 3/4: born in the 20th century, 5/6: in the 21st; odd for men.
        var centuryAndSex = (birthDate.Year >= 2000 ? 5 : 3) + (sex == Sex.Male ? 0 : 1);
        var head = birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + centuryAndSex.ToString(CultureInfo.InvariantCulture);
        while (true)
        {
            var candidate = head + random.Next(0, 10_000).ToString("D4", CultureInfo.InvariantCulture);
            if (Iin.CheckDigit([.. candidate.Select(c => c - '0')]) is { } check)
            {
                return candidate + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
