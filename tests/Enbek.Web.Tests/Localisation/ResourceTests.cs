using System.Text.RegularExpressions;
using System.Xml.Linq;
using Enbek.Domain.Access;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Employers;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Enbek.Domain.Territory;
using Enbek.Web.Areas.Registry.Models;

namespace Enbek.Web.Tests.Localisation;

/// <summary>Every text the portal shows exists in Kazakh, Russian and English.</summary>
public sealed partial class ResourceTests
{
    private static readonly string WebFolder = Path.Combine(RepositoryRoot(), "src", "Enbek.Web");

    /// <summary>Keys built at run time as "Prefix." + a value, and the values (an enum's names, or the audit trigger's actions).</summary>
    public static TheoryData<string, string[]> Labels() => new()
    {
        { "Audit", ["INSERT", "UPDATE", "DELETE", "VIEW"] },
        { "ConsentForm", Enum.GetNames<ConsentForm>() },
        { "EducationLevel", Enum.GetNames<EducationLevel>() },
        { "EmploymentStatus", Enum.GetNames<EmploymentStatus>() },
        { "Sex", Enum.GetNames<Sex>() },
        { "TransferStatus", Enum.GetNames<PersonTransferStatus>() },
        { "EnterpriseSize", Enum.GetNames<EnterpriseSize>() },
        { "DocumentKind", Enum.GetNames<DocumentKind>() },
        { "FamilyRelation", Enum.GetNames<FamilyRelation>() },
        { "CalendarDayKind", Enum.GetNames<CalendarDayKind>() },
        { "OrganisationKind", Enum.GetNames<OrganisationKind>() },
        { "Outcome", Enum.GetNames<VisitOutcome>() },
        { "Purpose", Enum.GetNames<VisitPurpose>() },
        { "Role", Enum.GetNames<PortalRole>() },
        { "ScopeLevel", Enum.GetNames<ScopeLevel>() },
        { "SettlementClass", Enum.GetNames<SettlementClass>() },
        { "ImportColumn", Enum.GetNames<PersonImportColumn>() },
        { "ImportColumnHelp", Enum.GetNames<PersonImportColumn>() },
        { "ImportOutcome", Enum.GetNames<PersonImportRowOutcome>() },
        { "SexLetter", Enum.GetNames<Sex>() },
        { "ApplicantCategory", Enum.GetNames<ApplicantCategory>() },
        { "ProgrammeDirection", Enum.GetNames<ProgrammeDirection>() },
        { "ProgrammeMeasure", Enum.GetNames<ProgrammeMeasure>() },
        { "ApplicationDecision", Enum.GetNames<ApplicationDecision>() },
        { "ApplicationRefusalReason", Enum.GetNames<ApplicationRefusalReason>() },
        { "SocialContractStatus", Enum.GetNames<SocialContractStatus>() },
        { "ContractTerminationReason", Enum.GetNames<ContractTerminationReason>() },
        { "ContractStep", Enum.GetNames<Enbek.Application.Registry.Participation.ContractStep>() },
        { "ContractStep.Done", Enum.GetNames<Enbek.Application.Registry.Participation.ContractStep>() },
        { "RuleOutcome", Enum.GetNames<RuleOutcome>() },
    };

    public static TheoryData<string> Languages() => ["kk", "ru"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_exactly_the_keys_of_the_neutral_file_and_no_empty_value(string language)
    {
        var neutral = Load(null);
        var translated = Load(language);

        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        Assert.Empty(translated.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key));
    }

    [Fact]
    public void Every_literal_text_in_views_and_code_has_a_resource()
    {
        var keys = Load(null).Keys.ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(WebFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups[1].Value))))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
    }

    /// <summary>Messages of rules and services are resource keys too: each refusal reaches the page in the reader's language.</summary>
    [Fact]
    public void Every_rule_and_service_message_has_a_resource()
    {
        var keys = Load(null).Keys.ToHashSet(StringComparer.Ordinal);
        var src = Path.Combine(RepositoryRoot(), "src");
        var used = new[] { Path.Combine(src, "Enbek.Domain", "Registry"), Path.Combine(src, "Enbek.Application", "Registry") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => MessageKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct());
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_value_shown_through_a_label_has_one(string prefix, string[] values)
    {
        var keys = Load(null).Keys.ToHashSet(StringComparer.Ordinal);

        var missing = values.Select(n => $"{prefix}.{n}").Except(keys).ToList();

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Load(string? language)
    {
        var file = Path.Combine(WebFolder, "Resources", language is null ? "SharedResource.resx" : $"SharedResource.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Enbek.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("Enbek.sln not found above the test folder.");
        }

        return folder.FullName;
    }

    // T["..."] in views, t["..."] in controllers and validators, with or without format arguments.
    [GeneratedRegex("""\b[Tt]\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LiteralKey();

    // RuleResult.Pass/Fail/NotApplicable(Code, Section, "...") and ServiceResult.Fail("Field", "...").
    [GeneratedRegex("""(?:(?:Pass|Fail|NotApplicable)\(Code, Section|ServiceResult\.Fail\("[A-Za-z.]*"), "([^"]+)"\)?""")]
    private static partial Regex MessageKey();
}
