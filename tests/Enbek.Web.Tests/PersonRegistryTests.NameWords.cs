using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>The name search through the dictionary of name words: any word of the name, the scope kept, and its door through row-level security.</summary>
public sealed partial class PersonRegistryTests
{
    private static string Search(string query) => "/Registry/Persons?Query=" + Uri.EscapeDataString(query);

    [Fact]
    public async Task A_rare_name_is_found_by_the_beginning_of_any_of_its_words_and_only_within_the_scope()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, iin) = await RegisteredAsync(clerk, "Зәңгіров", "Өтеғали");
        var link = $"/Registry/Persons/Details/{id}\"";

        // surname, first name and patronymic, typed with or without Kazakh letters, one word or several
        foreach (var query in new[] { "зангир", "Өтеғ", "отегали зан", "ержанулы отег" })
        {
            var page = await clerk.GetStringAsync(Search(query));
            Assert.Contains(link, page, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"similar-note\"", page, StringComparison.Ordinal);
        }

        // every word of the name is in the dictionary, and the dictionary holds words and nothing else
        Assert.Equal(3L, await Sql.ScalarAsync<long>(factory.OwnerConnection,
            "SELECT count(*) FROM person_name_words WHERE word IN ('ЗАНГИРОВ', 'ОТЕГАЛИ', 'ЕРЖАНУЛЫ')"));
        Assert.Equal("word", await Sql.ScalarAsync<string>(factory.OwnerConnection,
            "SELECT string_agg(attname, ',') FROM pg_attribute WHERE attrelid = 'person_name_words'::regclass AND attnum > 0 AND NOT attisdropped"));

        // another center finds nobody; the district finds the person with the IIN masked
        var other = await factory.SignedInAsync("clerk.esil");
        Assert.DoesNotContain(link, await other.GetStringAsync(Search("зангиров")), StringComparison.Ordinal);
        var district = await factory.SignedInAsync("dcsecretary.almaty");
        var list = await district.GetStringAsync(Search("зангиров"));
        Assert.Contains(link, list, StringComparison.Ordinal);
        Assert.DoesNotContain(iin, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_door_to_people_by_name_words_answers_ids_within_the_callers_scope_and_nothing_for_a_common_name()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Құрманғазиев", "Теміржан");
        const string Door = "SELECT app.people_with_name_words(ARRAY['КУРМАНГАЗИЕВ'], $1)";

        await using (var own = await Sql.ScopedAsync(factory.PortalConnection, await Sql.OrganisationIdAsync(factory.OwnerConnection, CenterA)))
        {
            var ids = await Sql.ScalarAsync<long[]>(own, Door, 2000);
            Assert.Equal([id], ids!);

            // more people expected than allowed: no ids, the search reads the list in name order instead
            Assert.Null(await Sql.ScalarAsync<long[]>(own, Door, 0));
        }

        await using (var elsewhere = await Sql.ScopedAsync(factory.PortalConnection, await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center, Esil District")))
        {
            var ids = await Sql.ScalarAsync<long[]>(elsewhere, Door, 2000);
            Assert.Empty(ids!);
        }

        // no organisation set (a reset connection): nobody
        await using var unscoped = new Npgsql.NpgsqlConnection(factory.PortalConnection);
        await unscoped.OpenAsync();
        var none = await Sql.ScalarAsync<long[]>(unscoped, Door, 2000);
        Assert.Empty(none!);
    }

    [Fact]
    public async Task A_word_that_begins_no_name_finds_nobody_and_the_page_turns_to_similar_spellings()
    {
        var clerk = await factory.SignedInAsync("clerk.almaty1");
        var (id, _) = await RegisteredAsync(clerk, "Тілеужанов", "Мұхтар");

        var page = await clerk.GetStringAsync(Search("тилеужановх"));
        Assert.Contains("id=\"similar-note\"", page, StringComparison.Ordinal);
        Assert.Contains($"/Registry/Persons/Details/{id}\"", page, StringComparison.Ordinal);

        var nothing = await clerk.GetStringAsync(Search("щщщщщщ"));
        Assert.DoesNotContain("/Registry/Persons/Details/", nothing, StringComparison.Ordinal);
    }
}
