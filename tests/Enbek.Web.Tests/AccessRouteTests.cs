using System.Net;
using Enbek.Application.Setup;
using Enbek.Domain.Access;
using Enbek.Web.Tests.Infrastructure;

namespace Enbek.Web.Tests;

/// <summary>
/// The role × action matrix over HTTP: every demo account opens one page per action and gets the page
/// exactly when <see cref="AccessMatrix"/> allows the action to one of its roles in its organisation.
/// </summary>
public sealed class AccessRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>One page that needs each action (reading pages by GET, so nothing changes).</summary>
    private static readonly (string Url, PortalAction Action)[] Pages =
    [
        ("/Registry/Reception", PortalAction.ReceptionJournalRead),
        ("/Registry/Reception/Create", PortalAction.ReceptionJournalRecord),
        ("/Registry/Reception/Export?format=csv", PortalAction.ReceptionJournalExport),
    ];

    public static TheoryData<string> DemoUsers() => [.. DemoData.Accounts.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Each_account_reaches_exactly_the_pages_its_roles_allow(string userName)
    {
        var account = DemoData.Accounts.Single(a => a.UserName == userName);
        var kind = DemoData.Organisations.Single(o => o.Key == account.OrganisationKey).Kind;
        using var client = await factory.Client().SignedInAsync(userName);

        var wrong = new List<string>();
        foreach (var (url, action) in Pages)
        {
            var allowed = account.Roles.Any(r => AccessMatrix.AllowsIn(r, action, kind));
            var (response, _) = await client.FollowAsync(await client.GetAsync(url));
            var expected = allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                wrong.Add($"{url} ({action}): {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.Empty(wrong);
    }
}
