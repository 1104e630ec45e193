using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// Keeps one-time messages in a cookie as MVC's provider does, but does not answer every page that
/// reads them with an order to delete a cookie the browser does not have: the layout reads them on
/// every page, and the stock provider then expires the cookie whether it came or not.
/// </summary>
public sealed class SparingCookieTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        // A large value is split into chunks, and the first one always carries the cookie's own name.
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
        {
            return;
        }

        cookies.SaveTempData(context, values);
    }
}
