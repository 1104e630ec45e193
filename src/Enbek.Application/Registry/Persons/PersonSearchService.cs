using System.Globalization;
using Enbek.Application.Common;
using Enbek.Data;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Finds people within the actor's scope: by whole IIN, or by the beginnings of name words with
/// Kazakh letters folded (<see cref="PersonNameKey"/>), with keyset paging in either sort order.
/// </summary>
public sealed class PersonSearchService(EnbekDbContext db, ICurrentActor actor)
{
    public const int PageSize = 50;
    public const int ExportLimit = 100_000;

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
        var query = After(Filtered(filter), filter);
        var rows = await Project(Sorted(query, filter.Sort).Take(PageSize + 1)).ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? Key(rows[PageSize - 1], filter.Sort) : null;
        return new Page<PersonRow>([.. rows.Take(PageSize).Select(MaskForActor)], next);
    }

    private static string[] NameWords(PersonFilter filter)
    {
        var text = filter.Query?.Trim() ?? string.Empty;
        return text.Length == 12 && text.All(char.IsAsciiDigit) ? [] : PersonNameKey.Words(PersonNameKey.Normalise(text));
    }

    public async Task<List<PersonRow>> ExportAsync(PersonFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await Project(Sorted(Filtered(filter), filter.Sort).Take(ExportLimit)).ToListAsync(cancellationToken);
        return [.. rows.Select(MaskForActor)];
    }

    private IQueryable<Person> Filtered(PersonFilter filter)
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
        if (text.Length == 12 && text.All(char.IsAsciiDigit))
        {
            return query.Where(p => p.Iin == text);
        }

        if (filter.Similar)
        {
            // pg_trgm word similarity: each typed word resembles some part of the name (the trigram index answers it).
            foreach (var word in NameWords(filter))
            {
                query = query.Where(p => EF.Functions.TrigramsAreWordSimilar(word, p.NameKey));
            }

            return query;
        }

        foreach (var word in NameWords(filter))
        {
            // The first word usually begins the surname (the btree on the key answers it); any word
            // may begin another part of the name (the trigram index answers that).
            var pattern = TextSearch.Escape(word);
            query = query.Where(p => EF.Functions.Like(p.NameKey, pattern + "%") || EF.Functions.Like(p.NameKey, "% " + pattern + "%"));
        }

        return query;
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

    private IQueryable<PersonRow> Project(IQueryable<Person> query) =>
        from p in query
        join o in db.Organisations on p.CenterId equals o.Id
        select new PersonRow(p.Id, p.Iin, p.Surname + " " + p.FirstName + (p.Patronymic == null ? "" : " " + p.Patronymic), p.NameKey,
            p.BirthDate, p.Sex, p.Status, p.StatusSince, p.RegisteredOn, p.CenterId, new LocalisedName(o.NameKk, o.NameRu, o.NameEn), p.IsVoided);

    private PersonRow MaskForActor(PersonRow row) =>
        row.CenterId == actor.Scope?.OrganisationId ? row : row with { Iin = Iin.Mask(row.Iin) };
}
