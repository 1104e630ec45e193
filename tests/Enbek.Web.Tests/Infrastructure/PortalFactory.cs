using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>The real portal over its own cloned database, as the portal role; the test class shares it.</summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DatabaseName { get; private set; } = string.Empty;

    public string PortalConnection => TestDatabase.With(TestDatabase.PortalConnection, DatabaseName);

    public string OwnerConnection => TestDatabase.With(TestDatabase.OwnerConnection, DatabaseName);

    public async Task InitializeAsync() => DatabaseName = await TestDatabase.CloneAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in _signedIn.Values)
        {
            client.Dispose();
        }

        await DisposeAsync();
        await TestDatabase.DropAsync(DatabaseName);
    }

    private readonly Dictionary<string, PortalClient> _signedIn = [];

    /// <summary>
    /// One signed-in client per user for the whole test class: the login form allows a user only a
    /// few sign-ins a minute, and a class may act as the same clerk in many tests. Not to be disposed.
    /// </summary>
    public async Task<PortalClient> SignedInAsync(string userName)
    {
        if (!_signedIn.TryGetValue(userName, out var client))
        {
            client = await Client().SignedInAsync(userName);
            _signedIn[userName] = client;
        }

        return client;
    }

    public PortalClient Client() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", PortalConnection);
        builder.UseSetting("ConnectionStrings:Owner", OwnerConnection);
    }
}
