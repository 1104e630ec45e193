using Enbek.Domain.Access;
using Enbek.Domain.Organisations;

namespace Enbek.Domain.Tests.Access;

public sealed class AccessMatrixTests
{
    private static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(string.Join('/', parts));
    }

    [Fact]
    public void The_table_in_docs_access_md_is_the_access_matrix()
    {
        var lines = File.ReadAllLines(RepositoryFile("docs", "access.md"));
        var header = lines.Single(l => l.StartsWith("| Role |", StringComparison.Ordinal));
        var actions = header.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(Enum.Parse<PortalAction>).ToList();
        Assert.Equal(Enum.GetValues<PortalAction>().Order(), actions.Order());
        var rows = lines.SkipWhile(l => l != header).Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(Enum.GetValues<PortalRole>().Length, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var role = Enum.Parse<PortalRole>(cells[0]);
            for (var i = 0; i < actions.Count; i++)
            {
                Assert.True(AccessMatrix.Allows(role, actions[i]) == (cells[i + 1] == "yes"), $"{role} × {actions[i]}: docs say {cells[i + 1]}");
            }
        }
    }

    [Fact]
    public void Only_the_ministry_administrator_manages_reference_data()
    {
        Assert.True(AccessMatrix.AllowsIn(PortalRole.Administrator, PortalAction.ReferenceDataManage, OrganisationKind.Ministry));
        Assert.False(AccessMatrix.AllowsIn(PortalRole.Administrator, PortalAction.ReferenceDataManage, OrganisationKind.RegionalExecutiveBody));
        Assert.True(AccessMatrix.AllowsIn(PortalRole.Administrator, PortalAction.UsersManage, OrganisationKind.RegionalExecutiveBody));
    }

    [Fact]
    public void National_bodies_read_only_and_centers_write()
    {
        Assert.True(OrganisationScope.IsReadOnly(OrganisationKind.Ministry));
        Assert.True(OrganisationScope.IsReadOnly(OrganisationKind.WorkforceDevelopmentCenter));
        Assert.True(OrganisationScope.IsReadOnly(OrganisationKind.NationalChamber));
        Assert.False(OrganisationScope.IsReadOnly(OrganisationKind.EmploymentCenter));
        Assert.Equal(ScopeLevel.Addressee, OrganisationScope.LevelOf(OrganisationKind.Lender));
        Assert.Equal(ScopeLevel.District, OrganisationScope.LevelOf(OrganisationKind.DistrictCommission));
    }

    [Fact]
    public void Every_role_can_be_held_by_some_kind_of_organisation()
    {
        foreach (var role in Enum.GetValues<PortalRole>())
        {
            Assert.Contains(Enum.GetValues<OrganisationKind>(), kind => AccessMatrix.CanBeHeldBy(role, kind));
        }
    }
}
