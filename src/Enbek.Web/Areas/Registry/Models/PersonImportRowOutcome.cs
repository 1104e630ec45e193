namespace Enbek.Web.Areas.Registry.Models;

public enum PersonImportRowOutcome
{
    Imported,
    ReadyToImport,
    Refused,
}
