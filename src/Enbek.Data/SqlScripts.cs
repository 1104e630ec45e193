namespace Enbek.Data;

/// <summary>SQL kept in Sql/*.sql (embedded), run by migrations: functions, policies, triggers, grants.</summary>
public static class SqlScripts
{
    /// <summary>The portal's login role, created by scripts/pg.sh (and docker-compose).</summary>
    public const string PortalRole = "enbek_portal";

    public static string Read(string name)
    {
        var assembly = typeof(SqlScripts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Sql.{name}", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string GrantPortal() => $"SELECT app.grant_portal('{PortalRole}');";

    public static string EnableTenantRls(string table) => $"SELECT app.enable_tenant_rls('public.{table}');";

    public static string EnableAudit(string table, string keyColumns = "id", params string[] excluded) =>
        $"SELECT app.enable_audit('public.{table}', '{keyColumns}'{string.Concat(excluded.Select(e => $", '{e}'"))});";
}
