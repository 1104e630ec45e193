namespace Enbek.Application.Common;

/// <summary>A keyset page: the rows and the key to continue after the last one, if there are more.</summary>
public sealed record Page<T>(IReadOnlyList<T> Rows, string? NextKey);
