using Enbek.Data;
using Enbek.Data.ReferenceData;
using Enbek.Data.Scope;
using Enbek.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Application.Setup;

/// <summary>
/// Brings a database to the current version as the owner role: migrations, roles, reference data and,
/// when asked, the demo data set. Every step is idempotent.
/// </summary>
public static class DatabaseSetup
{
    public static async Task RunAsync(string ownerConnection, string dataFolder, TimeProvider clock, bool withDemoData, CancellationToken cancellationToken = default)
    {
        await using (var db = EnbekDatabase.CreateContext(ownerConnection, FixedActor.Nobody))
        {
            await db.Database.MigrateAsync(cancellationToken);
            var existing = await db.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
            foreach (var role in Enum.GetNames<PortalRole>().Except(existing))
            {
                db.Roles.Add(new Data.Identity.ApplicationRole(role) { NormalizedName = role.ToUpperInvariant() });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var connection = new NpgsqlConnection(ownerConnection))
        {
            await connection.OpenAsync(cancellationToken);
            await new ReferenceDataLoader(connection, dataFolder).LoadAsync(cancellationToken);
        }

        if (withDemoData)
        {
            await new DemoDataSeeder(ownerConnection, clock).SeedAsync(cancellationToken);
        }
    }

    /// <summary>The data folder shipped beside the portal, or found above the working directory.</summary>
    public static string FindDataFolder(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "reference", "regions.csv")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("The reference data folder (data/reference) was not found; set Enbek:DataFolder.");
    }
}
