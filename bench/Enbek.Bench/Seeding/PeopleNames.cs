using Enbek.Domain.Common;

namespace Enbek.Bench.Seeding;

/// <summary>
/// Full names as a reception clerk types them ("surname first-name patronymic"): mostly Kazakh, some
/// Russian, Korean or German; surnames and patronymics agree with the person's sex.
/// </summary>
public static class PeopleNames
{
    internal static readonly string[] KazakhMen =
    [
        "Нұрлан", "Ерлан", "Асқар", "Бауыржан", "Дәурен", "Серік", "Марат", "Ержан", "Арман", "Айбек", "Нұрсұлтан", "Дархан",
        "Қанат", "Ғалым", "Ербол", "Әлібек", "Мұрат", "Данияр", "Тимур", "Ернар", "Жандос", "Олжас", "Берік", "Ақжол", "Азамат",
        "Ахмет", "Бекзат", "Елдос", "Нұржан", "Саят",
    ];

    internal static readonly string[] KazakhWomen =
    [
        "Айгүл", "Гүлнар", "Жанар", "Сәуле", "Динара", "Айжан", "Мадина", "Әсем", "Ләззат", "Жұлдыз", "Гүлмира", "Назерке",
        "Аружан", "Камила", "Меруерт", "Дана", "Ақмарал", "Салтанат", "Бибігүл", "Анар", "Асель", "Ботагөз", "Индира", "Раушан",
    ];

    /// <summary>Male forms; the female form adds "а" to "-ов", "-ев" and "-ин".</summary>
    internal static readonly string[] KazakhSurnames =
    [
        "Ахметов", "Серікбаев", "Жақсылықов", "Омаров", "Әбілов", "Қасымов", "Төлеуов", "Мұхамеджанов", "Нұрланов", "Сәрсенов",
        "Исаев", "Мұратов", "Жұмабаев", "Оспанов", "Әлиев", "Байжанов", "Тұрсынов", "Сағынтаев", "Жанұзақов", "Мақсұтов",
        "Есенов", "Қожахметов", "Тәжібаев", "Құдайбергенов", "Нұрпейісов", "Сейітқалиев", "Бекмұханов", "Ермеков", "Досжанов",
        "Қайыров", "Смағұлов", "Абдрахманов", "Кенжебаев", "Рахимов", "Шәкенов", "Әуезов", "Жексенбин", "Ілиясов",
    ];

    internal static readonly string[] RussianMen =
        ["Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир", "Виктор", "Николай", "Игорь", "Евгений", "Павел", "Максим", "Иван"];

    internal static readonly string[] RussianWomen =
        ["Ольга", "Анна", "Елена", "Татьяна", "Наталья", "Ирина", "Светлана", "Юлия", "Мария", "Екатерина", "Оксана", "Людмила"];

    internal static readonly string[] RussianSurnames =
    [
        "Иванов", "Смирнов", "Кузнецов", "Волков", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Федоров", "Петренко",
        "Павленко", "Ткаченко", "Шевченко", "Ким", "Пак", "Цой", "Шмидт", "Вагнер", "Гусейнов",
    ];

    /// <summary>Father's names as patronymics: (male, female).</summary>
    internal static readonly (string Male, string Female)[] RussianPatronymics =
    [
        ("Сергеевич", "Сергеевна"), ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Владимирович", "Владимировна"),
        ("Викторович", "Викторовна"), ("Николаевич", "Николаевна"), ("Игоревич", "Игоревна"), ("Павлович", "Павловна"),
        ("Александрович", "Александровна"), ("Юрьевич", "Юрьевна"),
    ];

    public static string Full(Random random, Sex sex)
    {
        if (random.Next(100) < 75)
        {
            var first = Pick(random, sex == Sex.Male ? KazakhMen : KazakhWomen);
            var father = Pick(random, KazakhMen);
            var patronymic = random.Next(100) switch
            {
                < 55 => father + (sex == Sex.Male ? "ұлы" : "қызы"),
                < 85 => father + (sex == Sex.Male ? "ович" : "овна"),
                _ => null,
            };
            return Join(Gendered(Pick(random, KazakhSurnames), sex), first, patronymic);
        }

        var name = Pick(random, sex == Sex.Male ? RussianMen : RussianWomen);
        var (male, female) = Pick(random, RussianPatronymics);
        return Join(Gendered(Pick(random, RussianSurnames), sex), name, random.Next(100) < 90 ? (sex == Sex.Male ? male : female) : null);
    }

    internal static string Gendered(string maleSurname, Sex sex) =>
        sex == Sex.Female && (maleSurname.EndsWith("ов", StringComparison.Ordinal) || maleSurname.EndsWith("ев", StringComparison.Ordinal)
            || maleSurname.EndsWith("ин", StringComparison.Ordinal))
            ? maleSurname + "а"
            : maleSurname;

    private static string Join(string surname, string first, string? patronymic) =>
        patronymic is null ? $"{surname} {first}" : $"{surname} {first} {patronymic}";

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
