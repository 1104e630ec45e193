using Microsoft.Extensions.Localization;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// A localizer that answers each key with itself, so that a validator written for a form gives resource
/// keys that can be kept and written later in the reader's language (the rows of an imported file).
/// </summary>
public sealed class ResourceKeys<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, name);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
