using Enbek.Data.Scope;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enbek.Data;

/// <summary>The one place where the EF options for PostgreSQL are set.</summary>
public static class EnbekDatabase
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", "public"))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Contexts that act for someone: each connection EF opens gets the actor's scope, empty
    /// included, so a connection needs no reset on its return to the pool (Npgsql's DISCARD ALL,
    /// which also threw away the plans of the scope lookups that every policy calls). The two go
    /// together here: connections kept as they were are only ever handed out through the scope
    /// interceptor, and their pool (its own, by the changed connection string) serves nothing else.
    /// </summary>
    public static DbContextOptionsBuilder ConfigureScoped(DbContextOptionsBuilder options, string connectionString) =>
        Configure(options, new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString)
            .AddInterceptors(ScopeConnectionInterceptor.Instance);

    /// <summary>A context outside the request pipeline (set-up, imports, tests) acting as the given actor.</summary>
    public static EnbekDbContext CreateContext(string connectionString, ICurrentActor actor)
    {
        var options = new DbContextOptionsBuilder<EnbekDbContext>();
        ConfigureScoped(options, connectionString);
        return new EnbekDbContext(options.Options) { Actor = actor };
    }
}
