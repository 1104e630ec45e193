using System.Net;

namespace Enbek.Bench.Measuring;

/// <summary>HTTP clients for load: keep-alive connections, as many as there are concurrent clients, no redirects followed.</summary>
public static class HttpClients
{
    public static HttpClient Create(Uri baseAddress, CookieContainer? cookies = null, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler
        {
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 64,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = baseAddress,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
}
