using System.Globalization;

namespace Enbek.Domain.Common;

/// <summary>
/// An amount in tenge with tiyn precision. All money arithmetic happens here, in decimal;
/// rounding is explicit (<see cref="RoundToTiyn"/>) so a rule rounds once, at the step it names.
/// </summary>
public readonly record struct Money(decimal Tenge) : IComparable<Money>
{
    public static Money Zero { get; } = new(0m);

    public static Money operator +(Money left, Money right) => new(left.Tenge + right.Tenge);

    public static Money operator -(Money left, Money right) => new(left.Tenge - right.Tenge);

    public static Money operator *(Money money, decimal factor) => new(money.Tenge * factor);

    public static Money operator *(decimal factor, Money money) => new(money.Tenge * factor);

    public static bool operator <(Money left, Money right) => left.Tenge < right.Tenge;

    public static bool operator >(Money left, Money right) => left.Tenge > right.Tenge;

    public static bool operator <=(Money left, Money right) => left.Tenge <= right.Tenge;

    public static bool operator >=(Money left, Money right) => left.Tenge >= right.Tenge;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Multiply(Money money, decimal factor) => money * factor;

    public int CompareTo(Money other) => Tenge.CompareTo(other.Tenge);

    /// <summary>Rounds half away from zero to 2 places, as the programme's payment rules require.</summary>
    public Money RoundToTiyn() => new(Math.Round(Tenge, 2, MidpointRounding.AwayFromZero));

    /// <summary>Display form for people, e.g. "7 292 500,00 ₸" in kk-KZ and ru-RU.</summary>
    public string Format(IFormatProvider culture) => Tenge.ToString("N2", culture) + " ₸";

    /// <summary>Culture-independent form for logs and test output.</summary>
    public override string ToString() => Tenge.ToString("0.00", CultureInfo.InvariantCulture) + " KZT";
}
