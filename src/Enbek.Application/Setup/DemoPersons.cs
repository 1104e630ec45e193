using Enbek.Data;
using Enbek.Domain.Common;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;

namespace Enbek.Application.Setup;

/// <summary>
/// Demo people for each new center: valid IINs, Kazakh and Russian names, every employment status,
/// dated status history, a few voided registrations; and one pending transfer between two centers.
/// </summary>
public static class DemoPersons
{
    public const int PerCenter = 60;

    private static readonly string[] MaleNames =
        ["Қайрат", "Нұрлан", "Ерлан", "Дәулет", "Асқар", "Бауыржан", "Ғалым", "Серік", "Марат", "Арман", "Сергей", "Андрей", "Дмитрий", "Ерасыл", "Мұхтар", "Әлібек"];

    private static readonly string[] FemaleNames =
        ["Айгүл", "Сәуле", "Гүлнар", "Жанар", "Әсел", "Динара", "Мәдина", "Айжан", "Ләззат", "Ольга", "Анна", "Елена", "Құралай", "Жұлдыз", "Гүлмира", "Ақмарал"];

    // Surnames in the male form; a few are far more common, as in life.
    private static readonly string[] Surnames =
        ["Ахметов", "Ахметов", "Ахметов", "Омаров", "Омаров", "Сейітов", "Жұмабаев", "Тоқтаров", "Қасымов", "Мұратов", "Әбдіқадыров", "Нұрланов",
         "Серікбаев", "Бекенов", "Құдайбергенов", "Есенов", "Исаев", "Оспанов", "Ким", "Иванов", "Петренко", "Смирнов", "Тәжібаев", "Байжанов"];

    public static void AddTo(EnbekDbContext db, Organisation center, DateTimeOffset now, HashSet<string> usedIins)
    {
        var random = new Random(1000 + (int)center.Id);
        var statuses = Enum.GetValues<EmploymentStatus>();
        var educations = Enum.GetValues<EducationLevel>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var i = 0; i < PerCenter; i++)
        {
            var iin = NewIin(random, usedIins);
            var female = iin.Sex == Sex.Female;
            var registered = today.AddDays(-random.Next(0, 700));
            var surname = Surnames[random.Next(Surnames.Length)];
            var person = new Person
            {
                CenterId = center.Id,
                Iin = iin.Value,
                Surname = surname,
                FirstName = string.Empty,
                BirthDate = iin.BirthDate,
                Sex = iin.Sex,
                Phone = $"+7 70{random.Next(0, 8)} {random.Next(100, 1000)} {random.Next(10, 100)} {random.Next(10, 100)}",
                AddressRegionId = center.RegionId,
                AddressDistrictId = center.DistrictId,
                Education = educations[random.Next(educations.Length)],
                HasDisability = random.Next(12) == 0,
                IsLowIncomeFamily = random.Next(6) == 0,
                IsKandas = random.Next(15) == 0,
                RegisteredOn = registered,
                HeldSince = registered,
                ConsentGivenOn = registered,
                ConsentForm = (ConsentForm)random.Next(3),
                ConsentTakenByName = "—",
                CreatedAt = now,
            };
            person.Rename(
                female ? Feminine(surname) : surname,
                female ? FemaleNames[random.Next(FemaleNames.Length)] : MaleNames[random.Next(MaleNames.Length)],
                Patronymic(random, female));
            db.Persons.Add(person);

            // Every status appears in every center: the i-th person's last status cycles through them.
            var first = registered.AddDays(-random.Next(0, 200));
            db.EmploymentStatusChanges.Add(person.ChangeStatus(EmploymentStatus.Unemployed, first, null, now));
            if (i % statuses.Length != (int)EmploymentStatus.Unemployed)
            {
                var later = first.AddDays(random.Next(1, Math.Max(2, today.DayNumber - first.DayNumber)));
                db.EmploymentStatusChanges.Add(person.ChangeStatus(statuses[i % statuses.Length], later, null, now));
            }

            if (i % 25 == 24)
            {
                person.Void("Қате тіркелген (демо)");
            }
        }
    }

    /// <summary>The second center asks for a person the first holds; the answer is due in three working days.</summary>
    public static PersonTransfer PendingTransfer(Person person, Organisation requester, DateTimeOffset now, DateOnly dueOn) => new()
    {
        PersonId = person.Id,
        Iin = person.Iin,
        CenterId = requester.Id,
        AddresseeId = person.CenterId,
        RequestedAt = now,
        RequestedByName = "Динара Омарова",
        Note = "Адам біздің ауданға көшіп келді",
        DueOn = dueOn,
        Status = PersonTransferStatus.Pending,
    };

    private static Iin NewIin(Random random, HashSet<string> used)
    {
        while (true)
        {
            if (Iin.TryParse(DemoDataSeeder.DemoIin(random), out var iin) && used.Add(iin.Value))
            {
                return iin;
            }
        }
    }

    private static string Feminine(string surname) =>
        surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal) || surname.EndsWith("ин", StringComparison.Ordinal)
            ? surname + "а"
            : surname;

    private static string? Patronymic(Random random, bool female)
    {
        var father = MaleNames[random.Next(MaleNames.Length)];
        return random.Next(4) switch
        {
            0 => null,
            1 => father + (female ? "қызы" : "ұлы"),
            _ => father is "Сергей" or "Андрей" or "Дмитрий" ? father[..^1] + (female ? "евна" : "евич") : father + (female ? "овна" : "ович"),
        };
    }
}
