using System.Globalization;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.ReferenceData;

namespace Enbek.Domain.Tests.Support;

/// <summary>The real reference CSVs from data/reference, copied next to the test assembly.</summary>
internal static class ReferenceFiles
{
    public static readonly DateOnly CalendarFrom = new(2017, 1, 1);
    public static readonly DateOnly CalendarTo = new(2026, 12, 31);

    private static readonly Lazy<MciSchedule> LazyMci = new(() => new MciSchedule(
        Read("mci.csv").Select(r => new MciPeriod(
            Date(r["valid_from"]), OptionalDate(r["valid_to"]), Amount(r["tenge"]), OptionalAmount(r["tenge_fines_taxes_other"])))));

    private static readonly Lazy<EffectiveAmountSchedule> LazyMinimumWage = new(() =>
        EffectiveAmountSchedule.MinimumWage(ReadAmounts("minimum_wage.csv")));

    private static readonly Lazy<EffectiveAmountSchedule> LazySubsistenceMinimum = new(() =>
        EffectiveAmountSchedule.SubsistenceMinimum(ReadAmounts("subsistence_minimum.csv")));

    private static readonly Lazy<RetirementAgeSchedule> LazyRetirementAge = new(() => new RetirementAgeSchedule(
        Read("retirement_age.csv").Select(r => new RetirementAgePeriod(
            r["sex"] == "female" ? Sex.Female : Sex.Male,
            OptionalDate(r["valid_from"]),
            OptionalDate(r["valid_to"]),
            int.Parse(r["age_years"], CultureInfo.InvariantCulture),
            int.Parse(r["age_months"], CultureInfo.InvariantCulture)))));

    private static readonly Lazy<IReadOnlyList<CalendarDay>> LazyHolidays = new(() =>
        [.. Read("holidays.csv").Select(r => new CalendarDay(Date(r["date"]), Kind(r["kind"])))]);

    private static readonly Lazy<WorkingDayCalendar> LazyCalendar = new(() =>
        new WorkingDayCalendar(Holidays, CalendarFrom, CalendarTo));

    public static MciSchedule Mci => LazyMci.Value;

    public static EffectiveAmountSchedule MinimumWage => LazyMinimumWage.Value;

    public static EffectiveAmountSchedule SubsistenceMinimum => LazySubsistenceMinimum.Value;

    public static RetirementAgeSchedule RetirementAge => LazyRetirementAge.Value;

    public static IReadOnlyList<CalendarDay> Holidays => LazyHolidays.Value;

    public static WorkingDayCalendar Calendar => LazyCalendar.Value;

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string file) =>
        SimpleCsv.Read(Path.Combine(AppContext.BaseDirectory, "reference", file));

    private static IEnumerable<EffectiveAmount> ReadAmounts(string file) =>
        Read(file).Select(r => new EffectiveAmount(Date(r["valid_from"]), OptionalDate(r["valid_to"]), Amount(r["tenge"])));

    private static DateOnly? OptionalDate(string value) => value.Length == 0 ? null : Date(value);

    private static decimal Amount(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static decimal? OptionalAmount(string value) => value.Length == 0 ? null : Amount(value);

    private static CalendarDayKind Kind(string value) => value switch
    {
        "holiday" => CalendarDayKind.Holiday,
        "transferred_day_off" => CalendarDayKind.TransferredDayOff,
        "working_day_transferred" => CalendarDayKind.WorkingDayTransferred,
        _ => throw new InvalidDataException($"Unknown calendar day kind '{value}'."),
    };
}
