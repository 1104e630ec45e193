using Microsoft.AspNetCore.WebUtilities;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// Links that carry a list's filter: one generated path with the filter as its query string, so a
/// page with several such buttons asks the router once, not once per button.
/// </summary>
public static class ListLinks
{
    public static string WithQuery(string path, IEnumerable<KeyValuePair<string, string?>> filter, params (string Name, string Value)[] more) =>
        QueryHelpers.AddQueryString(path, filter.Where(f => !string.IsNullOrEmpty(f.Value)).Concat(more.Select(m => KeyValuePair.Create(m.Name, (string?)m.Value))));
}
