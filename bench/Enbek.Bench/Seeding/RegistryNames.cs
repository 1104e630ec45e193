using Enbek.Domain.Common;

namespace Enbek.Bench.Seeding;

/// <summary>
/// Names for a registry of a million people: about three in four Kazakh, the rest Russian (with a few
/// Ukrainian, Korean and German surnames), surnames and patronymics agreeing with the person's sex.
/// Thousands of surnames with the skew of a real population: the common ones of
/// <see cref="PeopleNames"/> lead (Ахметов alone about 1.5 % of people), then a long tail built the
/// way the surnames are (a name stem and an ending: Нұр + баев, Сейіт + құлов; Кузнец + ов), each
/// rarer than the one before (weight 1 / (rank + 10)). Given names are skewed the same way.
/// </summary>
public sealed class RegistryNames
{
    private static readonly string[] KazakhStems =
    [
        "Нұр", "Ер", "Әлі", "Сейіт", "Қали", "Жақсы", "Бек", "Дос", "Тұр", "Мұхамед", "Сәр", "Ораз", "Құл", "Жан", "Қайыр", "Есен",
        "Төле", "Ахмет", "Ғаби", "Шай", "Бай", "Тоқ", "Күн", "Ай", "Мақ", "Сағын", "Әбді", "Ибра", "Қасым", "Оспан", "Рахым",
        "Смағұл", "Жұма", "Кенже", "Тілеу", "Үсен", "Өмір", "Ілияс", "Қожа", "Ермек", "Сұлтан", "Бақыт", "Жолдас", "Асыл", "Ақ",
        "Қара", "Мырза", "Ізбасар", "Әмір", "Өтеу", "Ұзақ", "Шәкен", "Дәулет", "Ғазиз", "Түсіп", "Мәди", "Нәби", "Сырым", "Исабек",
        "Жеңіс", "Таңат", "Аман", "Серік", "Болат",
    ];

    /// <summary>Male forms of the second part of a Kazakh surname.</summary>
    private static readonly string[] KazakhEndings =
    [
        "баев", "беков", "жанов", "ханов", "ғалиев", "таев", "мұратов", "құлов", "сұлтанов", "әлиев", "болатов", "пейісов",
        "ғазиев", "бергенов", "қожаев", "тайұлы", "ов", "ұлы", "кеев", "ахметов", "бекұлы", "жігітов",
    ];

    private static readonly string[] RussianStems =
    [
        "Кузнец", "Смирн", "Орл", "Голуб", "Медвед", "Зайц", "Лис", "Коз", "Гус", "Сорок", "Ворон", "Белоус", "Черн", "Бел", "Сед",
        "Кудряв", "Лыс", "Толст", "Мельник", "Рыбак", "Гончар", "Плотник", "Кравц", "Шевц", "Пахом", "Тимоф", "Григорь", "Степан",
        "Макар", "Ерем", "Фом", "Никит", "Борис", "Денис", "Тарас", "Ильин", "Фрол", "Кирилл", "Матве", "Семен", "Прохор", "Савел",
        "Громык", "Жук", "Бобр", "Сокол", "Ястреб", "Щеглов", "Снегир", "Журавл",
    ];

    private static readonly string[] RussianEndings = ["ов", "ин", "ев", "ский", "енко"];

    /// <summary>Names that bring the Kazakh letters not yet in <see cref="PeopleNames"/> (Ң, Һ, Ө, Ү, І).</summary>
    private static readonly string[] MoreKazakhMen = ["Әлиһан", "Теңіз", "Өркен", "Ұлан", "Үмбет", "Ілияс", "Жиһангер", "Шыңғыс"];

    private static readonly string[] MoreKazakhWomen = ["Гауһар", "Іңкәр", "Үміт", "Айгерім", "Шаһизада", "Көркем", "Ұлжан", "Мөлдір"];

    private readonly Random _random;
    private readonly Skewed<string> _kazakhSurnames, _russianSurnames, _kazakhMen, _kazakhWomen, _russianMen, _russianWomen;
    private readonly Skewed<(string Male, string Female)> _russianPatronymics;

    public RegistryNames(Random random)
    {
        _random = random;
        _kazakhSurnames = new([.. Distinct(PeopleNames.KazakhSurnames, Combine(KazakhStems, KazakhEndings))]);
        _russianSurnames = new([.. Distinct(PeopleNames.RussianSurnames, Combine(RussianStems, RussianEndings))]);
        _kazakhMen = new([.. Distinct(PeopleNames.KazakhMen, MoreKazakhMen)]);
        _kazakhWomen = new([.. Distinct(PeopleNames.KazakhWomen, MoreKazakhWomen)]);
        _russianMen = new(PeopleNames.RussianMen);
        _russianWomen = new(PeopleNames.RussianWomen);
        _russianPatronymics = new(PeopleNames.RussianPatronymics);
    }

    /// <summary>How many male surnames the generator draws from (each also has a female form where the language has one).</summary>
    public int Surnames => _kazakhSurnames.Count + _russianSurnames.Count;

    public (string Surname, string FirstName, string? Patronymic) Next(Sex sex)
    {
        var male = sex == Sex.Male;
        if (_random.Next(100) < 75)
        {
            var first = (male ? _kazakhMen : _kazakhWomen).Pick(_random);
            var father = _kazakhMen.Pick(_random);
            var patronymic = _random.Next(100) switch
            {
                < 55 => father + (male ? "ұлы" : "қызы"),
                < 85 => father + (male ? "ович" : "овна"),
                _ => null,
            };
            return (Gendered(_kazakhSurnames.Pick(_random), sex), first, patronymic);
        }

        var name = (male ? _russianMen : _russianWomen).Pick(_random);
        var (m, f) = _russianPatronymics.Pick(_random);
        return (Gendered(_russianSurnames.Pick(_random), sex), name, _random.Next(100) < 90 ? (male ? m : f) : null);
    }

    /// <summary>The female form: "-ов", "-ев", "-ин" add "а", "-ский" becomes "-ская", "-ұлы" becomes "-қызы".</summary>
    private static string Gendered(string surname, Sex sex) => sex == Sex.Male
        ? surname
        : surname.EndsWith("ский", StringComparison.Ordinal) ? surname[..^2] + "ая"
        : surname.EndsWith("ұлы", StringComparison.Ordinal) ? surname[..^3] + "қызы"
        : PeopleNames.Gendered(surname, sex);

    private static IEnumerable<string> Combine(string[] stems, string[] endings) =>
        endings.SelectMany(ending => stems.Select(stem => stem + ending));

    private static IEnumerable<string> Distinct(IEnumerable<string> head, IEnumerable<string> tail) => head.Concat(tail).Distinct(StringComparer.Ordinal);

    /// <summary>Items drawn with weight 1 / (rank + 10): the first few common, the last ones rare.</summary>
    private sealed class Skewed<T>
    {
        private readonly T[] _items;
        private readonly double[] _cumulative;

        public Skewed(T[] items)
        {
            _items = items;
            _cumulative = new double[items.Length];
            var sum = 0.0;
            for (var i = 0; i < items.Length; i++)
            {
                sum += 1.0 / (i + 10);
                _cumulative[i] = sum;
            }
        }

        public int Count => _items.Length;

        public T Pick(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            return _items[Math.Min(index < 0 ? ~index : index, _items.Length - 1)];
        }
    }
}
