namespace Enbek.Domain.Registry;

/// <summary>
/// What may be attached to a case file: PDF, JPEG or PNG, recognised by the file's first bytes (not by
/// its name), at most <see cref="MaxBytes"/> bytes. A portal policy, not a programme rule.
/// </summary>
public static class DocumentFileRule
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type the bytes really are, or null when the file is not an allowed kind.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.StartsWith(Jpeg) ? "image/jpeg"
        : head.StartsWith(Png) ? "image/png"
        : null;
}
