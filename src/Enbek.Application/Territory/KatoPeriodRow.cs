using Enbek.Domain.Common;

namespace Enbek.Application.Territory;

/// <summary>A code and name a unit carried for a period; an empty start means before 2017 or unknown.</summary>
public sealed record KatoPeriodRow(string Code, LocalisedName Name, DateOnly? ValidFrom, DateOnly? ValidTo);
