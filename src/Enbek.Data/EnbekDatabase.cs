using Microsoft.EntityFrameworkCore;

namespace Enbek.Data;

/// <summary>The one place where the EF options for PostgreSQL are set.</summary>
public static class EnbekDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", "public"))
            .UseSnakeCaseNamingConvention();
}
