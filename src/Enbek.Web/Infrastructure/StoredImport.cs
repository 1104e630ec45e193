namespace Enbek.Web.Infrastructure;

/// <summary>An uploaded file kept between its preview and its import, and, once imported, when and which of its lines.</summary>
public sealed record StoredImport(string Id, string FileName, byte[] Content, DateTimeOffset? ImportedAt, IReadOnlyList<int> ImportedLines);
