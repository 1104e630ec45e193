using System.Globalization;
using Enbek.Application.Registry;
using Enbek.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>The journal as a file in the user's language.</summary>
public sealed class ReceptionExport(IStringLocalizer<SharedResource> t)
{
    private string[] Header() =>
    [
        t["Date and time"], t["Person"], t["IIN"], t["Phone"], t["Purpose"], t["Outcome"], t["Clerk"], t["Employment center"], t["Notes"],
    ];

    private string[] Cells(ReceptionRow row) =>
    [
        ReceptionJournalService.LocalTime(row.VisitedAt).ToString("g", CultureInfo.CurrentCulture), row.PersonName, row.Iin ?? string.Empty,
        row.Phone ?? string.Empty, t["Purpose." + row.Purpose], t["Outcome." + row.Outcome], row.ClerkName, row.CenterName.ToString(),
        row.Notes ?? string.Empty,
    ];

    public byte[] Csv(IEnumerable<ReceptionRow> rows, char separator) => TableExport.Csv(Header(), rows.Select(Cells), separator);

    public byte[] Xlsx(IEnumerable<ReceptionRow> rows) => TableExport.Xlsx(Header(), rows.Select(Cells));
}
