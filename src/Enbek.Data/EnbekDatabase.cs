using Enbek.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Enbek.Data;

/// <summary>The one place where the EF options for PostgreSQL are set.</summary>
public static class EnbekDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", "public"))
            .UseSnakeCaseNamingConvention();

    /// <summary>A context outside the request pipeline (set-up, imports, tests) acting as the given actor.</summary>
    public static EnbekDbContext CreateContext(string connectionString, ICurrentActor actor)
    {
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        Configure(options, connectionString).AddInterceptors(ScopeConnectionInterceptor.Instance);
        return new EnbekDbContext(options.Options) { Actor = actor };
    }
}
