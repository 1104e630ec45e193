namespace Enbek.Application.Common;

/// <summary>Text typed by a user, made safe to put inside a LIKE pattern.</summary>
public static class LikePattern
{
    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
