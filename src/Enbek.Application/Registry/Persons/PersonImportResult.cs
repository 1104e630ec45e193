namespace Enbek.Application.Registry.Persons;

public enum PersonImportResult
{
    /// <summary>Every good row is registered.</summary>
    Imported,

    /// <summary>The good rows are no longer those of the preview (a center registered one of the IINs meanwhile); nothing is registered.</summary>
    ChangedSincePreview,

    /// <summary>The file has no good row; nothing is registered.</summary>
    NothingToImport,
}
