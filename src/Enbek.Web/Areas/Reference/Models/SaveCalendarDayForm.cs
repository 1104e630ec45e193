using Enbek.Application.ReferenceData;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>A day of the calendar to add or change, with its name in the portal's three languages.</summary>
public sealed class SaveCalendarDayForm
{
    public DateOnly? Date { get; set; }
    public CalendarDayKind? Kind { get; set; }
    public string? NameKk { get; set; }
    public string? NameRu { get; set; }
    public string? NameEn { get; set; }
    public DateOnly? RelatedDate { get; set; }
    public string? Basis { get; set; }

    public static SaveCalendarDayForm From(CalendarDayRow day) => new()
    {
        Date = day.Date,
        Kind = day.Kind,
        NameKk = day.Name.Kk,
        NameRu = day.Name.Ru,
        NameEn = day.Name.En,
        RelatedDate = day.RelatedDate,
        Basis = day.Basis,
    };

    public CalendarDayRow ToRow() =>
        new(Date!.Value, Kind!.Value, new LocalisedName(NameKk!.Trim(), NameRu!.Trim(), NameEn!.Trim()), RelatedDate, Basis!.Trim());
}
