using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>A document of the case file without its content.</summary>
public sealed record DocumentRow(long Id, DocumentKind Kind, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt,
    string UploadedByName, bool IsVoided, string? VoidReason);
