namespace Enbek.Domain.Audit;

/// <summary>One inserted, updated or deleted row, written by the database trigger in the same transaction.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public long? UserId { get; set; }
    public long? OrganisationId { get; set; }
    public required string TableName { get; set; }
    public required string RowKey { get; set; }
    public required string Action { get; set; }

    /// <summary>Changed columns as JSON: {"column": {"old": …, "new": …}}.</summary>
    public required string Changes { get; set; }
    public string? ScopePath { get; set; }
}
