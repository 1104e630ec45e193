using System.Text;

namespace Enbek.Domain.Registry;

/// <summary>
/// The form of a name that search compares: upper case, single spaces, and each Kazakh letter folded
/// to the Russian letter a keyboard without Kazakh letters gives (Ә→А, Ғ→Г, Қ→К, Ң→Н, Ө→О, Ұ→У,
/// Ү→У, Һ→Х, І→И), Ё→Е. So "Кайрат" typed in Russian finds "Қайрат".
/// </summary>
public static class PersonNameKey
{
    private static readonly Dictionary<char, char> Folds = new()
    {
        ['Ә'] = 'А', ['Ғ'] = 'Г', ['Қ'] = 'К', ['Ң'] = 'Н', ['Ө'] = 'О', ['Ұ'] = 'У', ['Ү'] = 'У', ['Һ'] = 'Х', ['І'] = 'И', ['Ё'] = 'Е',
    };

    public static string Normalise(string? text)
    {
        var key = new StringBuilder(text?.Length ?? 0);
        var pendingSpace = false;
        foreach (var c in (text ?? string.Empty).ToUpperInvariant())
        {
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '–')
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (!char.IsLetter(c) && c != '\'')
            {
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(Folds.GetValueOrDefault(c, c));
        }

        return key.ToString();
    }

    /// <summary>Surname, name and patronymic as one key: the order a clerk reads and sorts by.</summary>
    public static string Of(string surname, string firstName, string? patronymic) =>
        Normalise($"{surname} {firstName} {patronymic}");

    /// <summary>The separate words of the key, so that a first name or patronymic can be searched too.</summary>
    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
