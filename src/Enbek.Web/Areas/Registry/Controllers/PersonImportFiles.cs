using System.Globalization;
using Enbek.Application.Registry.Persons;
using Enbek.Web.Areas.Registry.Models;
using Enbek.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Controllers;

/// <summary>The files of an import in the user's language: the template to fill, and the report of what was imported and refused.</summary>
public sealed class PersonImportFiles(PersonImportLayout layout, IStringLocalizer<SharedResource> t)
{
    private string[] Headers => [.. PersonImportLayout.Columns.Select(layout.Header)];

    public byte[] TemplateCsv(char separator) => TableExport.Csv(Headers, [], separator);

    /// <summary>The headers on the first sheet; the second sheet says what to write in each column.</summary>
    public byte[] TemplateXlsx() => TableExport.Xlsx(
        new XlsxSheet(t["People"], Headers, []),
        new XlsxSheet(t["Columns"], [t["Column"], t["Required"], t["What to write"]],
            PersonImportLayout.Columns.Select(c => new[] { layout.Header(c), PersonImportLayout.IsRequired(c) ? t["Yes"].Value : t["No"].Value, layout.Help(c) })));

    public byte[] ReportCsv(IEnumerable<PersonImportReportRow> rows, char separator) => TableExport.Csv(ReportHeader(), rows.Select(ReportCells), separator);

    public byte[] ReportXlsx(IEnumerable<PersonImportReportRow> rows) => TableExport.Xlsx(ReportHeader(), rows.Select(ReportCells));

    /// <summary>One problem as the clerk reads it: the column, then the message.</summary>
    public string Reason(RowProblem problem)
    {
        var message = t[problem.MessageKey, problem.Arguments].Value;
        return PersonImportLayout.ColumnOf(problem.Field) is { } column ? $"{layout.Header(column)}: {message}" : message;
    }

    private string[] ReportHeader() => [t["Line"], t["IIN"], t["Surname, name, patronymic"], t["Row outcome"], t["Application"], t["Reasons"]];

    private string[] ReportCells(PersonImportReportRow row) =>
    [
        row.Line.ToString(CultureInfo.InvariantCulture), row.Iin, row.FullName, t["ImportOutcome." + row.Outcome],
        row.WithApplication ? t["Yes"] : string.Empty, string.Join("; ", row.Problems.Select(Reason)),
    ];
}
