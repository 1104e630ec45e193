using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>
/// A scanned document in a person's case file (ID copy, diploma, certificate). The file lives in the
/// database with its record, so one backup keeps both consistent. Documents are voided, never deleted.
/// </summary>
public class PersonDocument : CenterOwnedRecord
{
    public long Id { get; set; }
    public long PersonId { get; set; }
    public DocumentKind Kind { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, hex: shows the file was not changed since it was attached.</summary>
    public required string Sha256 { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
    public bool IsVoided { get; set; }
    public string? VoidReason { get; set; }
}
