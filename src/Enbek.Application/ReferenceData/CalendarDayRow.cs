using Enbek.Domain.Calendar;
using Enbek.Domain.Common;

namespace Enbek.Application.ReferenceData;

/// <summary>A holiday, transferred day off or working weekend with its name and legal basis.</summary>
public sealed record CalendarDayRow(DateOnly Date, CalendarDayKind Kind, LocalisedName Name, DateOnly? RelatedDate, string? Basis);
