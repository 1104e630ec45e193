using System.Data.Common;
using System.Globalization;

namespace Enbek.Data.Scope;

/// <summary>
/// Puts the actor into the connection's settings, read by row-level security and the audit trigger.
/// Always sets both values (empty when unknown) so a reused connection never keeps an earlier scope.
/// Only the organisation id travels: its path is resolved in the database.
/// </summary>
public static class ScopeSession
{
    private const string Sql = "SELECT set_config('app.org_id', @org, false), set_config('app.user_id', @usr, false)";

    public static async Task ApplyAsync(DbConnection connection, ICurrentActor actor, CancellationToken cancellationToken = default)
    {
        await using var command = Build(connection, actor);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, ICurrentActor actor)
    {
        using var command = Build(connection, actor);
        command.ExecuteNonQuery();
    }

    private static DbCommand Build(DbConnection connection, ICurrentActor actor)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        AddText(command, "org", actor.Scope?.OrganisationId);
        AddText(command, "usr", actor.UserId);
        return command;
    }

    private static void AddText(DbCommand command, string name, long? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        command.Parameters.Add(parameter);
    }
}
