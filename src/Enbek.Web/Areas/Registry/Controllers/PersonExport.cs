using System.Globalization;
using Enbek.Application.Registry.Persons;
using Enbek.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>The person list as a file in the user's language; IINs masked as on the page.</summary>
public sealed class PersonExport(IStringLocalizer<SharedResource> t)
{
    private string[] Header() =>
    [
        t["IIN"], t["Surname, name, patronymic"], t["Birth date"], t["Sex"], t["Employment status"], t["Since"], t["Registered on"],
        t["Employment center"], t["Voided"],
    ];

    private string[] Cells(PersonRow row) =>
    [
        row.Iin, row.FullName, row.BirthDate.ToString("d", CultureInfo.CurrentCulture), t["Sex." + row.Sex], t["EmploymentStatus." + row.Status],
        row.StatusSince.ToString("d", CultureInfo.CurrentCulture), row.RegisteredOn.ToString("d", CultureInfo.CurrentCulture),
        row.CenterName.ToString(), row.IsVoided ? t["Yes"] : string.Empty,
    ];

    public byte[] Csv(IEnumerable<PersonRow> rows, char separator) => TableExport.Csv(Header(), rows.Select(Cells), separator);

    public byte[] Xlsx(IEnumerable<PersonRow> rows) => TableExport.Xlsx(Header(), rows.Select(Cells));
}
