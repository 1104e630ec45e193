using System.Net;
using Enbek.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Enbek.Web.Tests;

/// <summary>
/// A signed-in session is checked against its account (security stamp) once the validation interval
/// has passed since the cookie was issued: a deactivated account's session then ends; before that the
/// cookie is trusted without a database look-up.
/// </summary>
public sealed class SessionTests(SessionTests.MovableStampClock factory) : IClassFixture<SessionTests.MovableStampClock>
{
    /// <summary>The portal with the session check's clock movable by the test.</summary>
    public sealed class MovableStampClock : PortalFactory
    {
        public ShiftedClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = Clock));
        }
    }

    [Fact]
    public async Task A_deactivated_accounts_session_ends_when_the_check_is_due_and_not_before()
    {
        var clerk = await factory.SignedInAsync("clerk.burabay");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/Registry/Reception")).StatusCode);
        var burabay = await Sql.ScalarAsync<long>(factory.OwnerConnection, "SELECT id FROM users WHERE user_name = 'clerk.burabay'");
        var admin = await factory.SignedInAsync("admin.ministry");
        var deactivated = await admin.PostFormAsync($"/Admin/Users/Details/{burabay}", $"/Admin/Users/Deactivate/{burabay}");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);

        // Within the interval (a minute) the cookie is trusted as it was issued.
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/Registry/Reception")).StatusCode);

        factory.Clock.Shift = TimeSpan.FromMinutes(2);
        var after = await clerk.GetAsync("/Registry/Reception");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // An account still active passes the same check and keeps its session.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }
}
