namespace Enbek.Domain.Common;

/// <summary>
/// The business identification number (БСН / БИН) of a legal entity: twelve digits, the last a check
/// digit computed exactly as for an <see cref="Iin"/>.
/// </summary>
public static class Bin
{
    public const int Length = 12;

    public static bool IsValid(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = value.Select(c => c - '0').ToArray();
        return Iin.CheckDigit(digits) is { } check && check == digits[^1];
    }
}
