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
    /// <summary>One page that needs each action, opened by GET, so nothing changes.</summary>
    private static readonly (string Url, PortalAction Action)[] Pages =
    [
        ("/Registry/Reception", PortalAction.ReceptionJournalRead),
        ("/Registry/Reception/Create", PortalAction.ReceptionJournalRecord),
        ("/Registry/Reception/Export?format=csv", PortalAction.RecordsExport),
        ("/Registry/Persons", PortalAction.PersonRegistryRead),
        ("/Registry/Persons/Export?format=xlsx", PortalAction.RecordsExport),
        ("/Registry/Persons/Register", PortalAction.PersonRegistryRecord),
        ("/Registry/Transfers", PortalAction.PersonRegistryRecord),
        ("/Registry/Employers", PortalAction.PersonRegistryRead),
        ("/Registry/Employers/Create", PortalAction.PersonRegistryRecord),
        ("/Registry/PersonImport", PortalAction.PersonRegistryRecord),
        ("/Registry/Applications", PortalAction.PersonRegistryRead),
        ("/Registry/SocialContracts?EndingSoon=true", PortalAction.PersonRegistryRead),
        ("/Reference", PortalAction.ReferenceDataRead),
        ("/Reference/Settlements", PortalAction.ReferenceDataRead),
        ("/Admin/Organisations", PortalAction.OrganisationsManage),
        ("/Admin/Organisations/Create", PortalAction.OrganisationsManage),
        ("/Admin/Users", PortalAction.UsersManage),
    ];

    /// <summary>Actions with no page of their own: the history is a part of every record's page.</summary>
    private static readonly PortalAction[] ShownInsideOtherPages = [PortalAction.RecordHistoryRead, PortalAction.ReferenceDataManage];

    [Fact]
    public void Every_action_has_a_page_in_the_matrix() =>
        Assert.Empty(Enum.GetValues<PortalAction>().Except(Pages.Select(p => p.Action)).Except(ShownInsideOtherPages));

    /// <summary>
    /// Reference data is edited by posts only: an empty MCI period is refused with messages (200) to
    /// the ministry's administrator and with 403 to everyone else; nothing is saved either way.
    /// </summary>
    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Only_the_ministrys_administrator_may_post_reference_data(string userName)
    {
        var account = DemoData.Accounts.Single(a => a.UserName == userName);
        var kind = DemoData.Organisations.Single(o => o.Key == account.OrganisationKey).Kind;
        var client = await factory.SignedInAsync(userName);

        var response = await client.PostFormAsync("/Reference/Mci", "/Reference/Mci/Add", ("Form.ValidFrom", ""));

        var allowed = account.Roles.Any(r => AccessMatrix.AllowsIn(r, PortalAction.ReferenceDataManage, kind));
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static TheoryData<string> DemoUsers() => [.. DemoData.Accounts.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Each_account_reaches_exactly_the_pages_its_roles_allow(string userName)
    {
        var account = DemoData.Accounts.Single(a => a.UserName == userName);
        var kind = DemoData.Organisations.Single(o => o.Key == account.OrganisationKey).Kind;
        var client = await factory.SignedInAsync(userName);

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
