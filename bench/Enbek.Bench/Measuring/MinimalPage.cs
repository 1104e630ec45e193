using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Enbek.Bench.Measuring;

/// <summary>
/// The best this machine can do for a list page: Kestrel with one endpoint (slim builder, no MVC,
/// no EF, no authentication) that opens a pooled connection (reset on), sets the scope, runs the
/// page's SQL and writes the rows as a small HTML table.
/// </summary>
public sealed class MinimalPage : IAsyncDisposable
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly WebApplication _app;

    private MinimalPage(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Serves query i of the list at /page/i, on a free port of 127.0.0.1.</summary>
    public static async Task<MinimalPage> StartAsync(NpgsqlDataSource dataSource, IReadOnlyList<PageQuery> queries)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/page/{index:int}", (int index, HttpContext http) => WriteAsync(dataSource, queries[index], http));
        await app.StartAsync();
        return new MinimalPage(app, new Uri(app.Urls.Single()));
    }

    public static string PathOf(int index) => "/page/" + index.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task WriteAsync(NpgsqlDataSource dataSource, PageQuery query, HttpContext http)
    {
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Journal</title></head><body><table>");
        await query.ExecuteAsync(dataSource, reader =>
        {
            html.Append("<tr>");
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                html.Append("<td>").Append(Encoder.Encode(value ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }, http.RequestAborted);
        html.Append("</table></body></html>");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html.ToString(), http.RequestAborted);
    }
}
