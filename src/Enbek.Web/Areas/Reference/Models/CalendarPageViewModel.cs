using Enbek.Application.ReferenceData;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>A year of the calendar, the answer to "is this date a working day?" if asked, and the edit form.</summary>
public sealed record CalendarPageViewModel(CalendarYear Calendar, DateOnly? Check, bool? CheckIsWorkingDay, SaveCalendarDayForm Form, bool CanManage);
