using System.Text.RegularExpressions;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>Names are written in Cyrillic, Kazakh letters included; a hyphen, a space or an apostrophe may join parts.</summary>
public static partial class PersonNameRules
{
    public static bool IsCyrillicName(string? name) => string.IsNullOrEmpty(name) || CyrillicName().IsMatch(name.Trim());

    [GeneratedRegex(@"^[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:[ '\-][А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*$")]
    private static partial Regex CyrillicName();
}
