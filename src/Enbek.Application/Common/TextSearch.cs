namespace Enbek.Application.Common;

/// <summary>Patterns for searching text typed into a filter: the typed characters match only themselves.</summary>
public static class TextSearch
{
    /// <summary>An ILIKE pattern matching any text that contains the typed text.</summary>
    public static string Containing(string text) => "%" + Escape(text.Trim()) + "%";

    /// <summary>The typed text with LIKE's wildcards escaped, to build other patterns from.</summary>
    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
