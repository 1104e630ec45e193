namespace Enbek.Application.Registry.Persons;

/// <summary>What an import did: all good rows registered (their lines), or nothing, and why; with the check it was based on.</summary>
public sealed record PersonImportOutcome(PersonImportResult Result, IReadOnlyList<int> ImportedLines, PersonImportCheck Check)
{
    /// <summary>How many applications were registered with the people.</summary>
    public int ImportedApplications => Result == PersonImportResult.Imported ? Check.GoodApplicationCount : 0;
}
