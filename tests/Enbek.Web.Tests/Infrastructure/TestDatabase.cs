using Enbek.Application.Setup;
using Npgsql;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>
/// Real PostgreSQL from scripts/test.sh: a template database is migrated and seeded once per test
/// process, and each test class works in its own clone of it (fast and parallel-safe).
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string OwnerConnection => Environment.GetEnvironmentVariable("ENBEK_TEST_OWNER_CONNECTION")
        ?? throw new InvalidOperationException("ENBEK_TEST_OWNER_CONNECTION is not set: run the tests with scripts/test.sh.");

    public static string PortalConnection => Environment.GetEnvironmentVariable("ENBEK_TEST_PORTAL_CONNECTION")
        ?? throw new InvalidOperationException("ENBEK_TEST_PORTAL_CONNECTION is not set: run the tests with scripts/test.sh.");

    public static string With(string connection, string database) =>
        new NpgsqlConnectionStringBuilder(connection) { Database = database }.ConnectionString;

    /// <summary>Creates a fresh database from the seeded template and returns its name.</summary>
    public static async Task<string> CloneAsync()
    {
        var template = await Template.Value;
        var name = "enbek_t_" + Guid.NewGuid().ToString("N")[..12];
        await ExecAsync($"CREATE DATABASE {name} TEMPLATE {template}");
        return name;
    }

    /// <summary>Closes pooled connections (the portal's role may not terminate others) and drops the clone.</summary>
    public static Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        return ExecAsync($"DROP DATABASE IF EXISTS {name}");
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"enbek_tpl_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..6]}";
        await ExecAsync($"CREATE DATABASE {name}");
        var owner = With(OwnerConnection, name);
        await DatabaseSetup.RunAsync(owner, DatabaseSetup.FindDataFolder(null), TimeProvider.System, withDemoData: true);

        // A template must have no open connections when it is cloned.
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static async Task ExecAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
