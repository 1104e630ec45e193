using System.Globalization;
using System.Linq.Expressions;
using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Finds people within the actor's scope: by whole IIN, or by the beginnings of name words with
/// Kazakh letters folded (<see cref="PersonNameKey"/>), with keyset paging in either sort order.
/// <para>
/// A typed word is first looked up in the dictionary of name words (person_name_words, kept by a
/// trigger on persons; a few thousand words against a million people): the words it begins, or for
/// similar spellings the words it resembles. A typed word that begins no word at all finds nobody
/// without reading persons. When at most <see cref="FewPeople"/> people in the registry are
/// expected to have one of those words (PostgreSQL's statistics on the name's words), the ones in
/// scope are fetched by that index and sorted: a rare name. More than that (a common name, or a very short word that begins
/// hundreds of words), and the list is read in name order checking each name, which finds a page
/// within a few thousand rows; such a word is remembered as common (<see cref="CommonNameWords"/>), so
/// that the next page goes straight to the list.
/// </para>
/// </summary>
public sealed class PersonSearchService(EnbekDbContext db, ICurrentActor actor, CommonNameWords commonWords)
{
    public const int PageSize = 50;
    public const int ExportLimit = 100_000;

    /// <summary>More dictionary words than this for one typed word, and the name patterns serve better.</summary>
    public int DictionaryWordLimit { get; init; } = 200;

    /// <summary>
    /// When at most this many people in the registry are expected to have a typed word, they are
    /// fetched by id; more are found reading the list in name order.
    /// </summary>
    public int FewPeople { get; init; } = 2000;

    /// <summary>
    /// A page of the list. When the beginnings of the name words find nobody, the search turns to
    /// similar spellings (a letter missed or swapped) and says so in <see cref="PersonFilter.Similar"/>.
    /// </summary>
    public async Task<Page<PersonRow>> ListAsync(PersonFilter filter, CancellationToken cancellationToken = default)
    {
        var page = await PageAsync(filter, cancellationToken);
        if (page.Rows.Count == 0 && !filter.Similar && filter.After is null && NameWords(filter).Length > 0)
        {
            filter.Similar = true;
            page = await PageAsync(filter, cancellationToken);
        }

        return page;
    }

    private async Task<Page<PersonRow>> PageAsync(PersonFilter filter, CancellationToken cancellationToken)
    {
        if (WholeIinAlone(filter) is { } iin)
        {
            var found = new List<PersonRow>(1);
            await foreach (var row in ByWholeIin(db, iin).WithCancellation(cancellationToken))
            {
                found.Add(MaskForActor(row));
            }

            return new Page<PersonRow>(found, null);
        }

        if (await FilteredAsync(filter, cancellationToken) is not { } filtered)
        {
            return new Page<PersonRow>([], null);
        }

        // The page's ids first, then its rows: the ids come from the scope's index in list order
        // (which carries the filtered columns), so only the page's own rows are read from the table.
        var ids = Sorted(After(filtered, filter), filter.Sort).Take(PageSize + 1).Select(p => p.Id);
        var rows = await Project(Sorted(db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)), filter.Sort)).ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? Key(rows[PageSize - 1], filter.Sort) : null;
        return new Page<PersonRow>([.. rows.Take(PageSize).Select(MaskForActor)], next);
    }

    /// <summary>
    /// A line of the list from a person and the holding center; built once, not for every page
    /// (declared before the query compiled from it).
    /// </summary>
    private static readonly Expression<Func<Person, Organisation, PersonRow>> Row = (p, o) =>
        new PersonRow(p.Id, p.Iin, p.Surname + " " + p.FirstName + (p.Patronymic == null ? "" : " " + p.Patronymic), p.NameKey,
            p.BirthDate, p.Sex, p.Status, p.StatusSince, p.RegisteredOn, p.CenterId, new LocalisedName(o.NameKk, o.NameRu, o.NameEn), p.IsVoided);

    /// <summary>
    /// The lookup clerks make most: a whole IIN and no other filter, which finds at most one person
    /// (the IIN is unique among the people not voided), so one page without keys. Compiled once: the
    /// page skips building, reading and matching the query's expression, a sixth of the portal's work
    /// for it. The tenant filter applies as to any query.
    /// </summary>
    private static readonly Func<EnbekDbContext, string, IAsyncEnumerable<PersonRow>> ByWholeIin = EF.CompileAsyncQuery(
        (EnbekDbContext db, string iin) => db.Persons.AsNoTracking().Where(p => !p.IsVoided && p.Iin == iin)
            .Join(db.Organisations, p => p.CenterId, o => o.Id, Row));

    private static string? WholeIinAlone(PersonFilter filter) =>
        filter is { Status: null, RegisteredFrom: null, RegisteredTo: null, DistrictId: null, IncludeVoided: false, After: null }
        && filter.Query?.Trim() is { } text && IsWholeIin(text)
            ? text
            : null;

    private static bool IsWholeIin(string text) => text.Length == 12 && text.All(char.IsAsciiDigit);

    private static string[] NameWords(PersonFilter filter)
    {
        var text = filter.Query?.Trim() ?? string.Empty;
        return IsWholeIin(text) ? [] : PersonNameKey.Words(PersonNameKey.Normalise(text));
    }

    public async Task<List<PersonRow>> ExportAsync(PersonFilter filter, CancellationToken cancellationToken = default)
    {
        if (await FilteredAsync(filter, cancellationToken) is not { } filtered)
        {
            return [];
        }

        var rows = await Project(Sorted(filtered, filter.Sort).Take(ExportLimit)).ToListAsync(cancellationToken);
        return [.. rows.Select(MaskForActor)];
    }

    /// <summary>The filtered people, or null when a typed word begins (or resembles) no name word at all.</summary>
    private async Task<IQueryable<Person>?> FilteredAsync(PersonFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Persons.AsNoTracking();
        if (!filter.IncludeVoided)
        {
            query = query.Where(p => !p.IsVoided);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (filter.RegisteredFrom is { } from)
        {
            query = query.Where(p => p.RegisteredOn >= from);
        }

        if (filter.RegisteredTo is { } to)
        {
            query = query.Where(p => p.RegisteredOn <= to);
        }

        if (filter.DistrictId is { } district)
        {
            query = query.Where(p => p.DistrictId == district);
        }

        var text = filter.Query?.Trim() ?? string.Empty;
        if (IsWholeIin(text))
        {
            return query.Where(p => p.Iin == text);
        }

        foreach (var word in NameWords(filter))
        {
            if (!filter.Similar && commonWords.IsCommon(word))
            {
                query = WithWordBeginning(query, word);
                continue;
            }

            var words = await DictionaryWordsAsync(word, filter.Similar, cancellationToken);
            if (words.Length == 0)
            {
                return null;
            }

            var ids = words.Length <= DictionaryWordLimit ? await PeopleWithWordsAsync(words, cancellationToken) : null;
            if (ids is not null)
            {
                // A rare name: the few people in scope who have one of the words, found by the index on the name's words.
                query = query.Where(p => ids.Contains(p.Id));
            }
            else if (filter.Similar)
            {
                // pg_trgm word similarity: the typed word resembles some part of the name.
                query = query.Where(p => EF.Functions.TrigramsAreWordSimilar(word, p.NameKey));
            }
            else
            {
                commonWords.Remember(word);
                query = WithWordBeginning(query, word);
            }
        }

        return query;
    }

    /// <summary>
    /// A common name: the typed word begins the surname or another word of the name, checked while the
    /// list is read in name order (many match, so a page is found soon).
    /// </summary>
    private static IQueryable<Person> WithWordBeginning(IQueryable<Person> query, string word)
    {
        var pattern = TextSearch.Escape(word);
        return query.Where(p => EF.Functions.Like(p.NameKey, pattern + "%") || EF.Functions.Like(p.NameKey, "% " + pattern + "%"));
    }

    /// <summary>
    /// Ids of the people in the actor's scope having one of the words in their name, when at most
    /// <see cref="FewPeople"/> in the registry have them; null for a common name
    /// (app.people_with_name_words, which checks the scope as the policy does).
    /// </summary>
    private async Task<long[]?> PeopleWithWordsAsync(string[] words, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<long[]>($"SELECT app.people_with_name_words({words}, {FewPeople}) AS \"Value\"").ToListAsync(cancellationToken)).Single();

    /// <summary>
    /// Up to one more than <see cref="DictionaryWordLimit"/> name words that the typed word begins
    /// (a btree range in the "C" collation), or that it resembles (pg_trgm word similarity, the
    /// dictionary's trigram index).
    /// </summary>
    private Task<string[]> DictionaryWordsAsync(string word, bool similar, CancellationToken cancellationToken)
    {
        var words = similar
            ? db.Database.SqlQuery<string>($"SELECT word AS \"Value\" FROM person_name_words WHERE {word} <% word")
            : db.Database.SqlQuery<string>($"SELECT word AS \"Value\" FROM person_name_words WHERE word LIKE {TextSearch.Escape(word) + "%"}");
        return words.Take(DictionaryWordLimit + 1).ToArrayAsync(cancellationToken);
    }

    private static IQueryable<Person> Sorted(IQueryable<Person> query, PersonSort sort) => sort == PersonSort.RegisteredLatest
        ? query.OrderByDescending(p => p.RegisteredOn).ThenByDescending(p => p.Id)
        : query.OrderBy(p => p.NameKey).ThenBy(p => p.Id);

    private static IQueryable<Person> After(IQueryable<Person> query, PersonFilter filter)
    {
        var parts = filter.After?.Split('|', 2);
        if (parts is not [var value, var idText] || !long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return query;
        }

        if (filter.Sort == PersonSort.RegisteredLatest)
        {
            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
                ? query.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.RegisteredOn, p.Id), ValueTuple.Create(on, id)))
                : query;
        }

        // A row-value comparison, in the key's "C" collation: the btree on (name_key, id) answers it.
        return query.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.NameKey, p.Id), ValueTuple.Create(value, id)));
    }

    private static string Key(PersonRow row, PersonSort sort) => sort == PersonSort.RegisteredLatest
        ? string.Create(CultureInfo.InvariantCulture, $"{row.RegisteredOn:yyyy-MM-dd}|{row.Id}")
        : string.Create(CultureInfo.InvariantCulture, $"{row.NameKey}|{row.Id}");

    private IQueryable<PersonRow> Project(IQueryable<Person> query) => query.Join(db.Organisations, p => p.CenterId, o => o.Id, Row);

    private PersonRow MaskForActor(PersonRow row) =>
        row.CenterId == actor.Scope?.OrganisationId ? row : row with { Iin = Iin.Mask(row.Iin) };
}
