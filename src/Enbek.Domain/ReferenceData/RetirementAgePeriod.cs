using Enbek.Domain.Common;

namespace Enbek.Domain.ReferenceData;

/// <summary>
/// The retirement age for one sex over a period. An empty start means "since before 2017",
/// an empty end "still in force".
/// </summary>
public sealed record RetirementAgePeriod(Sex Sex, DateOnly? ValidFrom, DateOnly? ValidTo, int Years, int Months);
