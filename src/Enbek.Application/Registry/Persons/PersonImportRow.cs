namespace Enbek.Application.Registry.Persons;

/// <summary>
/// One row of a file of people to register: its line in the file, the IIN and name as written (for the
/// report), the entry when the row could be read, and what is wrong with it so far.
/// </summary>
public sealed record PersonImportRow(int Line, string Iin, string FullName, RegisterPerson? Entry, IReadOnlyList<RowProblem> Problems)
{
    public bool IsGood => Entry is not null && Problems.Count == 0;
}
