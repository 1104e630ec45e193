using System.Text.RegularExpressions;
using Enbek.Domain.Common;

namespace Enbek.Domain.Tests;

/// <summary>docs/rules.md and the domain agree: every rule is indexed, every indexed class exists.</summary>
public sealed partial class RulesIndexTests
{
    private static readonly Type[] DomainTypes = typeof(Money).Assembly.GetTypes();

    [Fact]
    public void Every_class_named_in_the_index_exists_in_the_domain()
    {
        var named = IndexedClassNames();
        var existing = DomainTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(named);
        Assert.Empty(named.Except(existing));
    }

    [Fact]
    public void Every_rule_class_is_in_the_index()
    {
        var rules = DomainTypes.Where(t => t.Namespace?.EndsWith(".Rules", StringComparison.Ordinal) == true && t.IsPublic && !t.IsNested)
            .Select(t => t.Name);

        Assert.Empty(rules.Except(IndexedClassNames()));
    }

    private static HashSet<string> IndexedClassNames()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "docs", "rules.md")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("docs/rules.md not found.");
        }

        var text = File.ReadAllText(Path.Combine(folder.FullName, "docs", "rules.md"));
        return [.. ClassCell().Matches(text).Select(m => m.Groups[1].Value)];
    }

    // A table cell that starts with a class name in backticks: | `MciSchedule` |
    [GeneratedRegex(@"^\|[^|\n]*?\|?\s*`([A-Z][A-Za-z0-9]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex ClassCell();
}
