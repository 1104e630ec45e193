using System.Text.RegularExpressions;
using Enbek.Application.Registry.Persons;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Registry;
using Enbek.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Enbek.Web.Tests;

/// <summary>
/// The name search's way for common names (many people have the word: the list is read in name order
/// checking each name), which a test database of a few hundred people never needs: here every name
/// counts as common.
/// </summary>
public sealed class PersonCommonNameSearchTests(PersonCommonNameSearchTests.EveryNameCommon factory) : IClassFixture<PersonCommonNameSearchTests.EveryNameCommon>
{
    /// <summary>The portal with a person search that takes every name for a common one.</summary>
    public sealed class EveryNameCommon : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped(sp =>
                new PersonSearchService(sp.GetRequiredService<EnbekDbContext>(), sp.GetRequiredService<ICurrentActor>(), sp.GetRequiredService<CommonNameWords>())
                {
                    FewPeople = 0,
                }));
        }
    }

    [Fact]
    public async Task A_common_name_is_found_by_the_beginning_of_any_word_and_a_mistyped_one_by_similar_spelling_within_the_scope()
    {
        // a demo person of the clerk's center, and one of another center with the same surname
        var center = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center No 1, Almaty District");
        var id = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT id FROM persons WHERE center_id = $1 AND surname = 'Ахметов' AND NOT is_voided ORDER BY id LIMIT 1", center);
        var elsewhere = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT id FROM persons WHERE center_id <> $1 AND surname = 'Ахметов' AND NOT is_voided ORDER BY id LIMIT 1", center);
        var firstName = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT first_name FROM persons WHERE id = $1", id);
        var clerk = await factory.SignedInAsync("clerk.almaty1");

        foreach (var query in new[] { "ахмет", $"{firstName![..3]} ахм" })
        {
            var page = await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString(query));
            Assert.Contains($"/Registry/Persons/Details/{id}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain($"/Registry/Persons/Details/{elsewhere}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"similar-note\"", page, StringComparison.Ordinal);
        }

        var mistyped = await clerk.GetStringAsync("/Registry/Persons?Query=" + Uri.EscapeDataString("Ахметоф"));
        Assert.Contains("id=\"similar-note\"", mistyped, StringComparison.Ordinal);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", mistyped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_common_word_is_remembered_and_the_next_search_reads_the_list_without_the_dictionary()
    {
        var center = await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center No 1, Almaty District");
        var id = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT id FROM persons WHERE center_id = $1 AND NOT is_voided AND name_key NOT LIKE 'АХМЕТ%' ORDER BY id LIMIT 1", center);
        var surname = await Sql.ScalarAsync<string>(factory.OwnerConnection, "SELECT surname FROM persons WHERE id = $1", id);
        var typed = surname![..4].ToLowerInvariant();
        var word = PersonNameKey.Normalise(typed);
        var commonWords = factory.Services.GetRequiredService<CommonNameWords>();
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var path = "/Registry/Persons?Query=" + Uri.EscapeDataString(typed);
        Assert.False(commonWords.IsCommon(word));

        var first = await clerk.GetStringAsync(path);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", first, StringComparison.Ordinal);
        Assert.True(commonWords.IsCommon(word));

        // Without the memory a search whose word begins no dictionary word finds nobody.
        var removed = await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "WITH removed AS (DELETE FROM person_name_words WHERE starts_with(word, $1) RETURNING word) SELECT count(*) FROM removed", word);
        Assert.True(removed > 0);
        try
        {
            var second = await clerk.GetStringAsync(path);
            Assert.Equal(DetailLinks(first), DetailLinks(second));
            Assert.DoesNotContain("id=\"similar-note\"", second, StringComparison.Ordinal);
        }
        finally
        {
            await Sql.ScalarAsync<int>(factory.OwnerConnection,
                "INSERT INTO person_name_words (word) SELECT DISTINCT w FROM persons, unnest(string_to_array(name_key, ' ')) AS w WHERE starts_with(w, $1) ON CONFLICT DO NOTHING",
                word);
        }
    }

    private static string[] DetailLinks(string page) =>
        [.. Regex.Matches(page, "/Registry/Persons/Details/[0-9]+\"").Select(m => m.Value)];
}
