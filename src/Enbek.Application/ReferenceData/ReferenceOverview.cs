using Enbek.Domain.Common;

namespace Enbek.Application.ReferenceData;

/// <summary>The values in force on one day; a value the reference data does not cover for that day is null.</summary>
public sealed record ReferenceOverview(
    DateOnly Today,
    decimal? MciSocialPayment,
    decimal? MciLimitOrCap,
    Money? MinimumWage,
    Money? SubsistenceMinimum,
    (int Years, int Months)? RetirementAgeMen,
    (int Years, int Months)? RetirementAgeWomen,
    bool? TodayIsWorkingDay,
    CalendarDayRow? NextHoliday);
