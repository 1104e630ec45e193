using System.Globalization;
using Npgsql;

namespace Enbek.Web.Tests.Infrastructure;

/// <summary>Direct reads for assertions: as the owner, or on the portal's role with a scope set as the portal sets it.</summary>
public static class Sql
{
    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await ScalarAsync<T>(connection, sql, parameters);
    }

    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public static async Task<NpgsqlConnection> ScopedAsync(string connectionString, long organisationId)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ScalarAsync<string>(connection, "SELECT set_config('app.org_id', $1, false)", organisationId.ToString(CultureInfo.InvariantCulture));
        return connection;
    }

    public static async Task<long> OrganisationIdAsync(string ownerConnection, string nameEn) =>
        await ScalarAsync<long>(ownerConnection, "SELECT id FROM organisations WHERE name_en = $1", nameEn);
}
