namespace Enbek.Domain.Common;

/// <summary>
/// The individual identification number (ЖСН / ИИН): YYMMDD of birth, a digit for century and sex,
/// four digits, and a check digit. The check digit is the weighted sum mod 11 with weights 1..11; when
/// that gives 10 the weights 3..11,1,2 are used, and when those also give 10 the number is invalid.
/// </summary>
public readonly record struct Iin
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    private Iin(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    /// <summary>The last four digits only, for everyone but the center that holds the person.</summary>
    public string Masked => "********" + Value[8..];

    public static string Mask(string iin) => iin.Length == 12 ? "********" + iin[8..] : "************";

    public static bool TryParse(string? text, out Iin iin)
    {
        iin = default;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = value.Select(c => c - '0').ToArray();
        if (CheckDigit(digits) is not { } check || check != digits[11])
        {
            return false;
        }

        // 1/2: 19th century, 3/4: 20th, 5/6: 21st; odd digits are men.
        var centuryDigit = digits[6];
        if (centuryDigit is < 1 or > 6)
        {
            return false;
        }

        var century = 1800 + ((centuryDigit - 1) / 2 * 100);
        var year = century + (digits[0] * 10) + digits[1];
        var month = (digits[2] * 10) + digits[3];
        var day = (digits[4] * 10) + digits[5];
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        iin = new Iin(value, new DateOnly(year, month, day), centuryDigit % 2 == 1 ? Sex.Male : Sex.Female);
        return true;
    }

    /// <summary>The check digit for the first eleven digits, or null when no valid one exists.</summary>
    public static int? CheckDigit(IReadOnlyList<int> digits)
    {
        var first = Weighted(digits, FirstWeights);
        if (first != 10)
        {
            return first;
        }

        var second = Weighted(digits, SecondWeights);
        return second == 10 ? null : second;
    }

    public override string ToString() => Value;

    private static int Weighted(IReadOnlyList<int> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += digits[i] * weights[i];
        }

        return sum % 11;
    }
}
