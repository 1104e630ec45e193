namespace Enbek.Application.Registry.Persons;

/// <summary>
/// One row of a file of people to register: its line in the file, the IIN and name as written (for the
/// report), the entry when the person's cells could be read, and what is wrong with it so far; and the
/// application that comes with the person when any of the application's cells is filled.
/// </summary>
public sealed record PersonImportRow(
    int Line, string Iin, string FullName, RegisterPerson? Entry, IReadOnlyList<RowProblem> Problems, PersonImportApplication? Application = null)
{
    public bool IsGood => Entry is not null && Problems.Count == 0;
}
