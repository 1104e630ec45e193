using System.Reflection;
using Enbek.Application.Registry;
using Enbek.Data;
using Enbek.Domain.Common;

namespace Enbek.Web.Tests;

/// <summary>Dependencies point one way: Web → Application → Data → Domain; the domain knows only the BCL.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(Money).Assembly;
    private static readonly Assembly Data = typeof(EnbekDbContext).Assembly;
    private static readonly Assembly Application = typeof(ReceptionJournalService).Assembly;

    [Fact]
    public void The_domain_references_only_the_base_class_library()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal), name));
    }

    [Fact]
    public void Data_does_not_know_the_application_or_the_web()
    {
        var references = Names(Data);

        Assert.Contains("Enbek.Domain", references);
        Assert.DoesNotContain("Enbek.Application", references);
        Assert.DoesNotContain("Enbek.Web", references);
    }

    [Fact]
    public void The_application_does_not_know_the_web_or_mvc()
    {
        var references = Names(Application);

        Assert.Contains("Enbek.Data", references);
        Assert.DoesNotContain("Enbek.Web", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
    }

    private static List<string> Names(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];
}
