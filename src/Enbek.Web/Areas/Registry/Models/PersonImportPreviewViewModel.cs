using Enbek.Web.Infrastructure;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The preview of an uploaded file (or, once imported, its outcome): counts, the refused rows with reasons, the import button.</summary>
public sealed record PersonImportPreviewViewModel(StoredImport File, IReadOnlyList<PersonImportReportRow> Rows, string Fingerprint, DateOnly? ImportedOn)
{
    /// <summary>The page lists this many refused rows; the report lists them all.</summary>
    public const int RefusedShown = 500;

    public int Imported => Count(PersonImportRowOutcome.Imported);

    public int Ready => Count(PersonImportRowOutcome.ReadyToImport);

    public int Refused => Count(PersonImportRowOutcome.Refused);

    /// <summary>The applications that come with the people imported, or with those ready to import.</summary>
    public int Applications => Rows.Count(r => r.WithApplication && r.Outcome == (ImportedOn is null ? PersonImportRowOutcome.ReadyToImport : PersonImportRowOutcome.Imported));

    public IEnumerable<PersonImportReportRow> RefusedRows => Rows.Where(r => r.Outcome == PersonImportRowOutcome.Refused).Take(RefusedShown);

    public bool CanImport => File.ImportedAt is null && Ready > 0;

    private int Count(PersonImportRowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}
