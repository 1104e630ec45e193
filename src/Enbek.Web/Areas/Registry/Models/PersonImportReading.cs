using Enbek.Application.Registry.Persons;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The rows of an uploaded file, or why the file as a whole cannot be read (in the reader's language).</summary>
public sealed record PersonImportReading(IReadOnlyList<PersonImportRow> Rows, string? Error)
{
    public static PersonImportReading Refused(string error) => new([], error);
}
