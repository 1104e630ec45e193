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
        await DisposeAsync();
        await TestDatabase.DropAsync(DatabaseName);
    }

    public PortalClient Client() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", PortalConnection);
        builder.UseSetting("ConnectionStrings:Owner", OwnerConnection);
    }
}
