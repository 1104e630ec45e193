using Enbek.Application.Registry.Persons;
using Enbek.Web.Infrastructure;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>A row of a file as the preview and the report show it: imported, ready to import, or refused with its reasons; and whether it brings an application.</summary>
public sealed record PersonImportReportRow(
    int Line, string Iin, string FullName, PersonImportRowOutcome Outcome, IReadOnlyList<RowProblem> Problems, bool WithApplication)
{
    /// <summary>
    /// The rows of a checked file; once the file is imported its imported lines say so (a check made
    /// afterwards finds them registered at the center) and every other line stays refused.
    /// </summary>
    public static IReadOnlyList<PersonImportReportRow> Of(PersonImportCheck check, StoredImport file)
    {
        var imported = file.ImportedLines.ToHashSet();
        return [.. check.Rows.Select(row => imported.Contains(row.Line)
            ? new PersonImportReportRow(row.Line, row.Iin, row.FullName, PersonImportRowOutcome.Imported, [], row.Application is not null)
            : new PersonImportReportRow(row.Line, row.Iin, row.FullName,
                file.ImportedAt is null && row.IsGood ? PersonImportRowOutcome.ReadyToImport : PersonImportRowOutcome.Refused, row.Problems,
                row.Application is not null))];
    }
}
