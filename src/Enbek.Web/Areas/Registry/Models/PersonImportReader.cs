using System.Globalization;
using Enbek.Application.Registry.Persons;
using Enbek.Application.Territory;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>
/// Reads a file of people into rows the import service checks: the headers find the columns, each row
/// fills a registration form and passes the form's own validator (its messages kept as resource keys),
/// dates, values from lists and KATO codes are read from text or from .xlsx cells; the application
/// columns, when any is filled, give the application that comes with the person.
/// </summary>
public sealed class PersonImportReader(
    PersonImportLayout layout, TerritoryService territory, IOptions<ImportOptions> options, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>As in the application form.</summary>
    private const int ApplicationNoteLength = 1000;

    public async Task<PersonImportReading> ReadAsync(byte[] content, CancellationToken cancellationToken)
    {
        if (Refusal(content, out var table, out var columns) is { } refusal)
        {
            return PersonImportReading.Refused(refusal);
        }

        var kato = await territory.KatoIndexAsync(cancellationToken);
        var validator = new RegisterPersonFormValidator(new ResourceKeys<SharedResource>(), clock);
        return new PersonImportReading([.. table.Rows.Select(row => new RowReader(layout, columns, row, kato).Read(validator))], null);
    }

    /// <summary>
    /// Why the file as a whole cannot be imported (unreadable, bad headers, no rows or too many), or
    /// null; its rows are not checked here: the upload needs no more, and the preview checks them.
    /// </summary>
    public string? Refusal(byte[] content) => Refusal(content, out _, out _);

    private string? Refusal(byte[] content, out ImportTable table, out Dictionary<PersonImportColumn, int> columns)
    {
        columns = [];
        if (!TableImport.TryRead(content, out table!, out var unreadable))
        {
            return t[unreadable];
        }

        if (HeaderProblem(table.Header, out columns) is { } headerProblem)
        {
            return headerProblem;
        }

        if (table.Rows.Count == 0)
        {
            return t["The file has headers but no rows of people."];
        }

        return table.Rows.Count > options.Value.MaxRows
            ? t["The file has {0} rows; at most {1} can be imported at once. Split it into smaller files.",
                table.Rows.Count.ToString("N0", CultureInfo.CurrentCulture), options.Value.MaxRows.ToString("N0", CultureInfo.CurrentCulture)].Value
            : null;
    }

    private string? HeaderProblem(IReadOnlyList<string> header, out Dictionary<PersonImportColumn, int> columns)
    {
        columns = [];
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                continue;
            }

            if (layout.ColumnOfHeader(header[i]) is not { } column)
            {
                unknown.Add(header[i]);
            }
            else if (!columns.TryAdd(column, i))
            {
                repeated.Add(header[i]);
            }
        }

        var found = columns;
        var missing = PersonImportLayout.Columns.Where(c => PersonImportLayout.IsRequired(c) && !found.ContainsKey(c)).Select(layout.Header).ToList();
        var problems = new List<string>();
        if (unknown.Count > 0)
        {
            problems.Add(t["Unknown columns: {0}. Use the headers of the template.", Quoted(unknown)]);
        }

        if (repeated.Count > 0)
        {
            problems.Add(t["Columns given twice: {0}.", Quoted(repeated)]);
        }

        if (missing.Count > 0)
        {
            problems.Add(t["Required columns missing: {0}.", Quoted(missing)]);
        }

        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"«{n}»"));

    /// <summary>One row: cell by cell into the form, then the form's validator; one message per column.</summary>
    private sealed class RowReader(PersonImportLayout layout, Dictionary<PersonImportColumn, int> columns, ImportTableRow row, KatoIndex kato)
    {
        private readonly List<RowProblem> _problems = [];

        public PersonImportRow Read(RegisterPersonFormValidator validator)
        {
            var form = new RegisterPersonForm
            {
                Iin = IinText(),
                Surname = Text(PersonImportColumn.Surname),
                FirstName = Text(PersonImportColumn.FirstName),
                Patronymic = Optional(PersonImportColumn.Patronymic),
                BirthDate = Date(PersonImportColumn.BirthDate, nameof(RegisterPersonForm.BirthDate)),
                Sex = Value<Sex>(PersonImportColumn.Sex, nameof(RegisterPersonForm.Sex)),
                Phone = Optional(PersonImportColumn.Phone),
                AddressRegionId = Kato(PersonImportColumn.RegionKato, kato.Regions, nameof(RegisterPersonForm.AddressRegionId), "No region has this KATO code."),
                AddressDistrictId = Kato(PersonImportColumn.DistrictKato, kato.Districts, nameof(RegisterPersonForm.AddressDistrictId), "No district has this KATO code."),
                AddressSettlementId = Kato(PersonImportColumn.SettlementKato, kato.Settlements, nameof(RegisterPersonForm.AddressSettlementId), "No settlement has this KATO code."),
                AddressStreet = Optional(PersonImportColumn.Street),
                AddressHouse = Optional(PersonImportColumn.House),
                Education = Value<EducationLevel>(PersonImportColumn.Education, nameof(RegisterPersonForm.Education)),
                Status = Value<EmploymentStatus>(PersonImportColumn.Status, nameof(RegisterPersonForm.Status)),
                StatusSince = Date(PersonImportColumn.StatusSince, nameof(RegisterPersonForm.StatusSince)),
                ConsentConfirmed = Text(PersonImportColumn.ConsentDate).Length > 0 || Text(PersonImportColumn.ConsentForm).Length > 0,
                ConsentGivenOn = Date(PersonImportColumn.ConsentDate, nameof(RegisterPersonForm.ConsentGivenOn)),
                ConsentForm = Value<ConsentForm>(PersonImportColumn.ConsentForm, nameof(RegisterPersonForm.ConsentForm)),
            };
            var reported = _problems.Select(p => PersonImportLayout.ColumnOf(p.Field)).ToHashSet();
            foreach (var failure in validator.Validate(form).Errors)
            {
                if (reported.Add(PersonImportLayout.ColumnOf(failure.PropertyName)))
                {
                    _problems.Add(new RowProblem(failure.PropertyName, failure.ErrorMessage));
                }
            }

            var name = string.Join(' ', new[] { form.Surname, form.FirstName, form.Patronymic }.Where(n => !string.IsNullOrEmpty(n)));
            var entry = _problems.Count == 0 ? form.ToEntry() : null;
            return new PersonImportRow(row.Line, form.Iin, name, entry, _problems, Application());
        }

        /// <summary>The application when any of its cells is filled: it needs a date, a category and measures (several, separated by ';' or ',').</summary>
        private PersonImportApplication? Application()
        {
            if (PersonImportLayout.ApplicationColumns.All(c => Text(c).Length == 0))
            {
                return null;
            }

            var appliedOn = Date(PersonImportColumn.AppliedOn, nameof(PersonImportApplication.AppliedOn));
            var category = Value<ApplicantCategory>(PersonImportColumn.ApplicantCategory, nameof(PersonImportApplication.Category));
            var note = Optional(PersonImportColumn.ApplicationNote);
            Require(appliedOn is not null, nameof(PersonImportApplication.AppliedOn), "Enter the date of the application.");
            Require(category is not null, nameof(PersonImportApplication.Category), "Choose the applicant's category.");
            Require(note is not { Length: > ApplicationNoteLength }, nameof(PersonImportApplication.Note), "At most 1000 characters.");
            return new PersonImportApplication(appliedOn, category, Measures(), note);
        }

        /// <summary>The measures of the cell; the first unknown one is reported, and the rule of at least one measure is the service's.</summary>
        private List<ProgrammeMeasure> Measures()
        {
            var measures = new List<ProgrammeMeasure>();
            foreach (var word in Text(PersonImportColumn.Measures).Split(PersonImportLayout.ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!layout.TryRead<ProgrammeMeasure>(word, out var measure))
                {
                    _problems.Add(new RowProblem(nameof(PersonImportApplication.Measures), "Unknown value «{0}»: write one of the values listed for this column.", word));
                    return [];
                }

                measures.Add(measure);
            }

            return measures;
        }

        /// <summary>A missing value, unless its cell is already reported as unreadable.</summary>
        private void Require(bool met, string field, string messageKey)
        {
            if (!met && !_problems.Exists(p => p.Field == field))
            {
                _problems.Add(new RowProblem(field, messageKey));
            }
        }

        private object? Cell(PersonImportColumn column) =>
            columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : null;

        private string Text(PersonImportColumn column) => TableImport.Text(Cell(column));

        private string? Optional(PersonImportColumn column) => Text(column) is { Length: > 0 } text ? text : null;

        /// <summary>An IIN typed into a number cell loses its leading zero (people born in 2000–2009); it gets it back.</summary>
        private string IinText() => Cell(PersonImportColumn.Iin) is double number && number >= 0 && number < 1e12 && number == Math.Floor(number)
            ? number.ToString("000000000000", CultureInfo.InvariantCulture)
            : Text(PersonImportColumn.Iin);

        private DateOnly? Date(PersonImportColumn column, string field)
        {
            switch (Cell(column))
            {
                case DateTime date:
                    return DateOnly.FromDateTime(date);
                case double serial when serial is >= 1 and < 2958466 && serial == Math.Floor(serial):
                    // a date cell without a date format: the spreadsheet's day number
                    return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            }

            var text = Text(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return parsed;
            }

            _problems.Add(new RowProblem(field, "Write the date as dd.mm.yyyy."));
            return null;
        }

        private TEnum? Value<TEnum>(PersonImportColumn column, string field)
            where TEnum : struct, Enum
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (layout.TryRead<TEnum>(text, out var value))
            {
                return value;
            }

            _problems.Add(new RowProblem(field, "Unknown value «{0}»: write one of the values listed for this column.", text));
            return null;
        }

        private long? Kato(PersonImportColumn column, IReadOnlyDictionary<string, long> codes, string field, string unknownKey)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (codes.TryGetValue(text, out var id))
            {
                return id;
            }

            _problems.Add(new RowProblem(field, unknownKey));
            return null;
        }
    }
}
