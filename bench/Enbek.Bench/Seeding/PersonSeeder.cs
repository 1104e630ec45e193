using System.Diagnostics;
using System.Globalization;
using Enbek.Data.Import;
using Enbek.Data.Scope;
using Enbek.Domain.Calendar;
using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Npgsql;

namespace Enbek.Bench.Seeding;

/// <summary>
/// Registers generated people as the owner role, the way the import does (<see cref="PersonBulkInsert"/>:
/// binary COPY into a temporary table, then one INSERT … SELECT of the people and their first dated
/// status), one load per registration year and center under that center's scope, so the insert
/// policy checks every row and the territory trigger fills region, district and path. The per-row
/// audit trigger is disabled for each load only, inside its transaction (a failed load leaves it
/// enabled); the table's physical order follows the registration dates, as a real registry's does.
/// Then VACUUM ANALYZE.
/// </summary>
public sealed class PersonSeeder(string ownerConnection, int seed, bool audit)
{
    private static readonly (EmploymentStatus Status, int Weight)[] Statuses =
    [
        (EmploymentStatus.Unemployed, 34), (EmploymentStatus.JobSeeker, 20), (EmploymentStatus.Employed, 15),
        (EmploymentStatus.SelfEmployed, 8), (EmploymentStatus.UnproductivelyEmployed, 7), (EmploymentStatus.Student, 5),
        (EmploymentStatus.Graduate, 4), (EmploymentStatus.RedundantWorker, 4), (EmploymentStatus.NoviceEntrepreneur, 3),
    ];

    private static readonly (EducationLevel Level, int Weight)[] Educations =
    [
        (EducationLevel.None, 1), (EducationLevel.Primary, 2), (EducationLevel.BasicSecondary, 10), (EducationLevel.GeneralSecondary, 35),
        (EducationLevel.Tvet, 30), (EducationLevel.Higher, 20), (EducationLevel.Postgraduate, 2),
    ];

    private static readonly string[] Tables = ["persons", "employment_status_changes"];

    private static readonly DateOnly BornFrom = new(1960, 1, 1), BornTo = new(2007, 12, 31);

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _iins = [];

    public async Task RunAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var dataSource = NpgsqlDataSource.Create(ownerConnection);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var centers = await SeedCenter.LoadAllAsync(connection, _random, cancellationToken);
        var today = KazakhstanTime.Today(TimeProvider.System, KazakhstanTime.NationalZone);
        var names = new RegistryNames(_random);
        var stopwatch = Stopwatch.StartNew();
        var generating = TimeSpan.Zero;
        var batches = Slots(count, centers, today).GroupBy(s => (s.RegisteredOn.Year, s.Center)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Center.Id);
        foreach (var batch in batches)
        {
            var center = batch.Key.Center;
            var started = stopwatch.Elapsed;
            var people = batch.OrderBy(s => s.RegisteredOn).Select(s => Person(center, s.RegisteredOn, today, names)).ToList();
            generating += stopwatch.Elapsed - started;
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ScopeSession.ApplyAsync(connection, new FixedActor(null, center.Scope), cancellationToken);
            await ReplaceHeldIinsAsync(connection, people, cancellationToken);
            await SetAuditAsync(connection, "DISABLE", cancellationToken);
            await PersonBulkInsert.InsertAsync(connection, people, cancellationToken);
            await SetAuditAsync(connection, "ENABLE", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var loaded = stopwatch.Elapsed;
        var tables = await SeedSql.VacuumAnalyzeAsync(connection, Tables, cancellationToken);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"seed-persons: {count:N0} people over {centers.Count} centers ({names.Surnames:N0} male surnames and their female forms) in {loaded.TotalSeconds:F1} s "
            + $"({count / loaded.TotalSeconds:N0} rows/s; generating {generating.TotalSeconds:F1} s, audit trigger {(audit ? "on" : "off")}), "
            + $"vacuum analyze {(stopwatch.Elapsed - loaded).TotalSeconds:F1} s; {tables}"));
    }

    /// <summary>
    /// New IINs for the generated people whose IIN someone already holds (the demo data's people, an
    /// earlier seed).
    /// </summary>
    private async Task ReplaceHeldIinsAsync(NpgsqlConnection connection, List<Person> people, CancellationToken cancellationToken)
    {
        while (await SeedSql.HeldIinsAsync(connection, [.. people.Select(p => p.Iin)], cancellationToken) is { Count: > 0 } held)
        {
            foreach (var person in people.Where(p => held.Contains(p.Iin)))
            {
                person.Iin = FreshIin(person.BirthDate, person.Sex);
            }
        }
    }

    private string FreshIin(DateOnly birthDate, Sex sex)
    {
        string iin;
        do
        {
            iin = SeedIin.For(birthDate, sex, _random);
        }
        while (!_iins.Add(iin));
        return iin;
    }

    private async Task SetAuditAsync(NpgsqlConnection connection, string action, CancellationToken cancellationToken)
    {
        if (!audit)
        {
            foreach (var table in Tables)
            {
                await SeedSql.ExecuteAsync(connection, $"ALTER TABLE public.{table} {action} TRIGGER audit_insert", cancellationToken);
            }
        }
    }

    /// <summary>Where and when each person registers: centers by their shares, working days over the last eight years.</summary>
    private List<Slot> Slots(int count, List<SeedCenter> centers, DateOnly today)
    {
        var slots = new List<Slot>(count);
        while (slots.Count < count)
        {
            var day = today.AddDays(-_random.Next(8 * 365));
            if (day.DayOfWeek == DayOfWeek.Sunday || (day.DayOfWeek == DayOfWeek.Saturday && _random.Next(10) != 0))
            {
                continue;
            }

            slots.Add(new Slot(SeedCenter.Pick(centers, _random), day));
        }

        return slots;
    }

    /// <summary>
    /// A person of 16 or more on the day of registration, born 1960–2007, with an IIN that agrees with
    /// birth date and sex and no one else's, a name key made as the registration service makes it, a
    /// status since the registration or later, and consent taken by one of the center's clerks.
    /// </summary>
    private Person Person(SeedCenter center, DateOnly registeredOn, DateOnly today, RegistryNames names)
    {
        var sex = _random.Next(2) == 0 ? Sex.Male : Sex.Female;
        var latestBirth = registeredOn.AddYears(-16) < BornTo ? registeredOn.AddYears(-16) : BornTo;
        var birthDate = BornFrom.AddDays(_random.Next(latestBirth.DayNumber - BornFrom.DayNumber + 1));
        var iin = FreshIin(birthDate, sex);
        var (surname, firstName, patronymic) = names.Next(sex);
        var clerk = center.Clerks[_random.Next(center.Clerks.Count)];
        var status = Weighted(Statuses);
        var person = new Person
        {
            CenterId = center.Id,
            Iin = iin,
            Surname = surname,
            FirstName = firstName,
            BirthDate = birthDate,
            Sex = sex,
            Phone = _random.Next(100) < 85 ? string.Create(CultureInfo.InvariantCulture, $"+7 7{_random.Next(100):D2} {_random.Next(1000):D3} {_random.Next(10000):D4}") : null,
            AddressRegionId = center.RegionId,
            AddressDistrictId = center.DistrictId,
            Education = Weighted(Educations),
            HasDisability = _random.Next(100) < 4,
            IsLowIncomeFamily = _random.Next(100) < 12,
            IsKandas = _random.Next(100) < 3,
            Status = status,
            StatusSince = status is EmploymentStatus.Unemployed or EmploymentStatus.JobSeeker
                ? registeredOn
                : registeredOn.AddDays(_random.Next(Math.Min(400, today.DayNumber - registeredOn.DayNumber) + 1)),
            RegisteredOn = registeredOn,
            HeldSince = registeredOn,
            ConsentGivenOn = registeredOn,
            ConsentForm = _random.Next(100) switch { < 60 => ConsentForm.Paper, < 85 => ConsentForm.EGov, _ => ConsentForm.SmsCode },
            ConsentTakenByUserId = clerk.UserId,
            ConsentTakenByName = clerk.Name,
            CreatedAt = new DateTimeOffset(registeredOn.ToDateTime(new TimeOnly(4, 0)).AddSeconds(_random.Next(9 * 3600)), TimeSpan.Zero),
        };
        person.Rename(surname, firstName, patronymic);
        return person;
    }

    private T Weighted<T>((T Value, int Weight)[] items)
    {
        var roll = _random.Next(items.Sum(i => i.Weight));
        foreach (var (value, weight) in items)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("weights do not add up");
    }

    private readonly record struct Slot(SeedCenter Center, DateOnly RegisteredOn);
}
