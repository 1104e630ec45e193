using System.Globalization;
using Enbek.Application.Registry.Persons;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>
/// The column layout of a file of people: each column's header, accepted in Kazakh, Russian or English
/// (or as its code name), in any order; which columns are required; and the words accepted for the
/// values of sex, education, status, consent form, applicant category and measures (code name or label
/// in any of the three languages).
/// Built once from the resources; a header or value word that would mean two things stops the portal.
/// </summary>
public sealed class PersonImportLayout
{
    public static readonly PersonImportColumn[] Columns = Enum.GetValues<PersonImportColumn>();

    /// <summary>The columns of the application a row may bring with the person: all empty, or a date, a category and measures.</summary>
    public static readonly PersonImportColumn[] ApplicationColumns =
        [PersonImportColumn.AppliedOn, PersonImportColumn.ApplicantCategory, PersonImportColumn.Measures, PersonImportColumn.ApplicationNote];

    /// <summary>What separates the measures written in one cell.</summary>
    public static readonly char[] ListSeparators = [';', ','];

    private static readonly HashSet<PersonImportColumn> Optional =
    [
        PersonImportColumn.Patronymic, PersonImportColumn.Phone, PersonImportColumn.RegionKato, PersonImportColumn.DistrictKato,
        PersonImportColumn.SettlementKato, PersonImportColumn.Street, PersonImportColumn.House,
        .. ApplicationColumns,
    ];

    /// <summary>The field of the registration form each column fills; the consent check is reported on the consent date.</summary>
    private static readonly Dictionary<string, PersonImportColumn> ColumnOfField = new(StringComparer.Ordinal)
    {
        [nameof(RegisterPersonForm.Iin)] = PersonImportColumn.Iin,
        [nameof(RegisterPersonForm.Surname)] = PersonImportColumn.Surname,
        [nameof(RegisterPersonForm.FirstName)] = PersonImportColumn.FirstName,
        [nameof(RegisterPersonForm.Patronymic)] = PersonImportColumn.Patronymic,
        [nameof(RegisterPersonForm.BirthDate)] = PersonImportColumn.BirthDate,
        [nameof(RegisterPersonForm.Sex)] = PersonImportColumn.Sex,
        [nameof(RegisterPersonForm.Phone)] = PersonImportColumn.Phone,
        [nameof(RegisterPersonForm.AddressRegionId)] = PersonImportColumn.RegionKato,
        [nameof(RegisterPersonForm.AddressDistrictId)] = PersonImportColumn.DistrictKato,
        [nameof(RegisterPersonForm.AddressSettlementId)] = PersonImportColumn.SettlementKato,
        [nameof(RegisterPersonForm.AddressStreet)] = PersonImportColumn.Street,
        [nameof(RegisterPersonForm.AddressHouse)] = PersonImportColumn.House,
        [nameof(RegisterPersonForm.Education)] = PersonImportColumn.Education,
        [nameof(RegisterPersonForm.Status)] = PersonImportColumn.Status,
        [nameof(RegisterPersonForm.StatusSince)] = PersonImportColumn.StatusSince,
        [nameof(RegisterPersonForm.ConsentConfirmed)] = PersonImportColumn.ConsentDate,
        [nameof(RegisterPersonForm.ConsentGivenOn)] = PersonImportColumn.ConsentDate,
        [nameof(RegisterPersonForm.ConsentForm)] = PersonImportColumn.ConsentForm,
        [nameof(PersonImportApplication.AppliedOn)] = PersonImportColumn.AppliedOn,
        [nameof(PersonImportApplication.Category)] = PersonImportColumn.ApplicantCategory,
        [nameof(PersonImportApplication.Measures)] = PersonImportColumn.Measures,
        [nameof(PersonImportApplication.Note)] = PersonImportColumn.ApplicationNote,
    };

    private readonly IStringLocalizer<SharedResource> _t;
    private readonly Dictionary<string, PersonImportColumn> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Dictionary<string, object>> _values = [];

    public PersonImportLayout(IStringLocalizer<SharedResource> t)
    {
        _t = t;
        foreach (var column in Columns)
        {
            Add(_headers, column.ToString(), column);
            foreach (var culture in PortalCultures.All)
            {
                Add(_headers, In(culture, HeaderKey(column)), column);
            }
        }

        AddValues<Sex>("Sex", "SexLetter");
        AddValues<EducationLevel>("EducationLevel");
        AddValues<EmploymentStatus>("EmploymentStatus");
        AddValues<ConsentForm>("ConsentForm");
        AddValues<ApplicantCategory>("ApplicantCategory");
        AddValues<ProgrammeMeasure>("ProgrammeMeasure");
        if (_values[typeof(ProgrammeMeasure)].Keys.FirstOrDefault(w => w.IndexOfAny(ListSeparators) >= 0) is { } listed)
        {
            throw new InvalidOperationException($"The measure '{listed}' holds a list separator, so a cell of several measures cannot be read.");
        }
    }

    public static string HeaderKey(PersonImportColumn column) => "ImportColumn." + column;

    public static bool IsRequired(PersonImportColumn column) => !Optional.Contains(column);

    /// <summary>The field's column, for placing a form validator's or a rule's message; null for a field no column fills.</summary>
    public static PersonImportColumn? ColumnOf(string field) => ColumnOfField.TryGetValue(field, out var column) ? column : null;

    /// <summary>The column a header names, in any of the portal's languages, whatever the case and spacing.</summary>
    public PersonImportColumn? ColumnOfHeader(string header) => _headers.TryGetValue(Normalise(header), out var column) ? column : null;

    public bool TryRead<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var found = _values[typeof(TEnum)].TryGetValue(Normalise(text), out var boxed);
        value = found ? (TEnum)boxed! : default;
        return found;
    }

    /// <summary>The header in the reader's language.</summary>
    public string Header(PersonImportColumn column) => _t[HeaderKey(column)];

    /// <summary>What to write in the column, in the reader's language, with the accepted values where there is a list.</summary>
    public string Help(PersonImportColumn column)
    {
        var help = _t["ImportColumnHelp." + column].Value;
        return column switch
        {
            PersonImportColumn.Sex => $"{help} {Labels<Sex>("Sex")}",
            PersonImportColumn.Education => $"{help} {Labels<EducationLevel>("EducationLevel")}",
            PersonImportColumn.Status => $"{help} {Labels<EmploymentStatus>("EmploymentStatus")}",
            PersonImportColumn.ConsentForm => $"{help} {Labels<ConsentForm>("ConsentForm")}",
            PersonImportColumn.ApplicantCategory => $"{help} {Labels<ApplicantCategory>("ApplicantCategory")}",
            PersonImportColumn.Measures => $"{help} {Labels<ProgrammeMeasure>("ProgrammeMeasure")}",
            _ => help,
        };
    }

    private string Labels<TEnum>(string prefix)
        where TEnum : struct, Enum =>
        string.Join("; ", Enum.GetValues<TEnum>().Select(v => _t[$"{prefix}.{v}"].Value));

    private void AddValues<TEnum>(params string[] prefixes)
        where TEnum : struct, Enum
    {
        var words = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            Add(words, value.ToString(), (object)value);
            foreach (var prefix in prefixes)
            {
                foreach (var culture in PortalCultures.All)
                {
                    Add(words, In(culture, $"{prefix}.{value}"), (object)value);
                }
            }
        }

        _values[typeof(TEnum)] = words;
    }

    private string In(CultureInfo culture, string key)
    {
        var current = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            return _t[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }

    private static void Add<T>(Dictionary<string, T> words, string word, T meaning)
    {
        var key = Normalise(word);
        if (words.TryGetValue(key, out var known) && !Equals(known, meaning))
        {
            throw new InvalidOperationException($"The import word '{word}' means both {known} and {meaning}.");
        }

        words[key] = meaning;
    }

    /// <summary>Upper case, Ё as Е, single spaces, without a trailing '*' that marks a required column in some templates.</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().TrimEnd('*').ToUpperInvariant().Replace('Ё', 'Е').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
