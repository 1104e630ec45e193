using System.Globalization;
using System.Text;
using Enbek.Bench.Measuring;
using Enbek.Data.Scope;
using Enbek.Domain.Common;
using Npgsql;

namespace Enbek.Bench.Seeding;

/// <summary>
/// A CSV file of people to register, as a clerk would upload it: Russian headers, ';'-separated as
/// spreadsheets in Russian save it, UTF-8 with a BOM; people nobody holds yet, with valid IINs that
/// agree with their birth date and sex, realistic names, and addresses in the districts (and some
/// settlements) of the clerk's center's region; and a few bad rows the preview must refuse.
/// </summary>
public sealed class ImportFile
{
    private static readonly string[] Header =
    [
        "ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Телефон", "Код КАТО региона", "Код КАТО района",
        "Код КАТО населённого пункта", "Улица", "Дом, квартира", "Образование", "Статус занятости", "Дата начала статуса", "Дата согласия", "Форма согласия",
    ];

    private static readonly string[] Streets = ["Абай даңғылы", "Республика даңғылы", "Кенесары", "Сарыарқа", "Иманова", "Бейбітшілік", "Жеңіс даңғылы", "Петрова"];
    private static readonly string[] Educations = ["Higher", "Tvet", "GeneralSecondary", "BasicSecondary", "Postgraduate"];
    private static readonly string[] Statuses = ["Unemployed", "JobSeeker", "SelfEmployed", "Graduate", "RedundantWorker", "Student"];
    private static readonly string[] ConsentForms = ["Paper", "SmsCode", "EGov"];

    private ImportFile(byte[] content, int rows, IReadOnlyList<string> goodIins, int refusedRows)
    {
        Content = content;
        Rows = rows;
        GoodIins = goodIins;
        RefusedRows = refusedRows;
    }

    public byte[] Content { get; }

    /// <summary>Rows of people in the file (the header not counted).</summary>
    public int Rows { get; }

    /// <summary>The IINs of the rows the import must register.</summary>
    public IReadOnlyList<string> GoodIins { get; }

    /// <summary>Rows the preview must refuse.</summary>
    public int RefusedRows { get; }

    /// <summary>
    /// <paramref name="count"/> good rows (IINs the database does not hold, asked the way the import asks)
    /// and the bad rows: a wrong check digit, a birth date the IIN does not say, a missing first name, an
    /// unknown district code, and one IIN written twice (both lines refused).
    /// </summary>
    public static async Task<ImportFile> GenerateAsync(NpgsqlDataSource portal, BenchUser clerk, int count, Random random, CancellationToken cancellationToken)
    {
        await using var connection = await portal.OpenConnectionAsync(cancellationToken);
        await ScopeSession.ApplyAsync(connection, clerk.Actor, cancellationToken);
        var places = await PlacesAsync(connection, clerk.Scope.OrganisationId, cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var people = new Dictionary<string, string[]>(count, StringComparer.Ordinal);
        while (people.Count < count)
        {
            var batch = new Dictionary<string, string[]>(StringComparer.Ordinal);
            while (batch.Count < Math.Min(count - people.Count, 50_000))
            {
                var row = Person(random, places, today);
                if (!people.ContainsKey(row[0]))
                {
                    batch.TryAdd(row[0], row);
                }
            }

            var held = await SeedSql.HeldIinsAsync(connection, [.. batch.Keys], cancellationToken);
            foreach (var (iin, row) in batch.Where(b => !held.Contains(b.Key)))
            {
                people.Add(iin, row);
            }
        }

        var rows = people.Values.ToList();
        var twice = rows[^1];
        var bad = new List<string[]>
        {
            WithCell(Person(random, places, today), 0, iin => iin[..11] + (char)('0' + ((iin[11] - '0' + 1) % 10))),
            WithCell(Person(random, places, today), 4, date => DateOnly.ParseExact(date, "dd.MM.yyyy", CultureInfo.InvariantCulture).AddDays(1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            WithCell(Person(random, places, today), 2, _ => string.Empty),
            WithCell(Person(random, places, today), 8, _ => "999999999"),
            twice,
        };

        // Bad rows spread through the file, not only at its end.
        var all = new List<string[]>(rows);
        foreach (var row in bad)
        {
            all.Insert(random.Next(all.Count + 1), row);
        }

        var text = new StringBuilder(count * 180);
        foreach (var cells in new[] { Header }.Concat(all))
        {
            text.AppendJoin(';', cells.Select(Quote)).Append("\r\n");
        }

        return new ImportFile(
            [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())],
            all.Count,
            [.. rows.Take(rows.Count - 1).Select(r => r[0])],
            bad.Count + 1);
    }

    private static string[] WithCell(string[] row, int index, Func<string, string> change)
    {
        row[index] = change(row[index]);
        return row;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([';', '"', '\n', ',']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string[] Person(Random random, Places places, DateOnly today)
    {
        var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(365 * 40));
        var names = PeopleNames.Full(random, sex).Split(' ');
        var district = places.Districts[random.Next(places.Districts.Count)];
        var settlement = random.Next(2) == 0 && places.Settlements.TryGetValue(district, out var inDistrict)
            ? inDistrict[random.Next(inDistrict.Count)]
            : string.Empty;
        var consent = today.AddDays(-random.Next(0, 60));
        return
        [
            SeedIin.For(birth, sex, random), names[0], names[1], names.Length > 2 ? names[2] : string.Empty,
            birth.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), sex == Sex.Male ? "М" : "Ж",
            random.Next(4) == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"+7 70{random.Next(10)} {random.Next(1000):D3} {random.Next(100):D2} {random.Next(100):D2}"),
            places.RegionKato, district, settlement,
            Streets[random.Next(Streets.Length)], string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 200)}, {random.Next(1, 300)}"),
            Educations[random.Next(Educations.Length)], Statuses[random.Next(Statuses.Length)],
            consent.AddDays(-random.Next(0, 365)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            consent.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), ConsentForms[random.Next(ConsentForms.Length)],
        ];
    }

    /// <summary>The KATO codes of the center's region, its current districts and their settlements (codes that name one place only).</summary>
    private static async Task<Places> PlacesAsync(NpgsqlConnection connection, long centerId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT r.kato, d.kato, s.kato
            FROM organisations o JOIN regions r ON r.id = o.region_id
            JOIN districts d ON d.region_id = r.id AND d.valid_to IS NULL
            LEFT JOIN settlements s ON s.district_id = d.id AND s.region_id = r.id
              AND NOT EXISTS (SELECT 1 FROM settlements t WHERE t.kato = s.kato AND t.id <> s.id)
            WHERE o.id = $1 AND NOT EXISTS (SELECT 1 FROM districts e WHERE e.kato = d.kato AND e.id <> d.id AND e.valid_to IS NULL)
            ORDER BY d.kato, s.kato
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = centerId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        string? region = null;
        var districts = new List<string>();
        var settlements = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            region = reader.GetString(0);
            var district = reader.GetString(1);
            if (districts.Count == 0 || districts[^1] != district)
            {
                districts.Add(district);
            }

            if (!reader.IsDBNull(2))
            {
                (settlements.TryGetValue(district, out var list) ? list : settlements[district] = []).Add(reader.GetString(2));
            }
        }

        return region is null
            ? throw new ArgumentException("the clerk's center has no region with current districts")
            : new Places(region, districts, settlements);
    }

    private sealed record Places(string RegionKato, IReadOnlyList<string> Districts, IReadOnlyDictionary<string, List<string>> Settlements);
}
