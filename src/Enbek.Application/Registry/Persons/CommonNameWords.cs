using System.Collections.Concurrent;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Typed name words (normalised, <see cref="Domain.Registry.PersonNameKey"/>) that too many people in
/// the registry have for the name search to fetch them one by one: the search then reads the list in
/// name order, checking each name, which is exact for any word. Asking the dictionary and the
/// statistics costs two statements on every page, and a common name stays common, so the answer is
/// kept for <see cref="Lifetime"/>. Only that a word is common is kept, a fact about the whole
/// country's registry and about nobody in it; a rare word's people depend on the scope and on the
/// latest registration, so the search asks for them every time.
/// </summary>
public sealed class CommonNameWords(TimeProvider clock)
{
    /// <summary>How long a word counts as common before the statistics are asked again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>At most this many words are kept; when full, the memory starts afresh.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _commonUntil = new(StringComparer.Ordinal);

    public bool IsCommon(string word) => _commonUntil.TryGetValue(word, out var until) && clock.GetUtcNow() < until;

    public void Remember(string word)
    {
        if (_commonUntil.Count >= Capacity)
        {
            _commonUntil.Clear();
        }

        _commonUntil[word] = clock.GetUtcNow() + Lifetime;
    }
}
