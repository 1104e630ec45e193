using Enbek.Application.Registry.Persons;
using Enbek.Data;
using Enbek.Data.Scope;
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
                new PersonSearchService(sp.GetRequiredService<EnbekDbContext>(), sp.GetRequiredService<ICurrentActor>()) { FewPeople = 0 }));
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
}
