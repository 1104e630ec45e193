using System.Net;
using Enbek.Web.Tests.Infrastructure;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>Properties of the schema that keep tenants apart and every change traceable.</summary>
public sealed class DatabaseSafetyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Tables that are logs or framework plumbing, not domain rows (person_name_words: words derived from names by a trigger, like an index).</summary>
    private static readonly string[] NotAudited =
    [
        "__EFMigrationsHistory", "audit_log", "login_events", "data_protection_keys",
        "user_claims", "user_logins", "user_tokens", "role_claims", "person_name_words",
    ];

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [Fact]
    public async Task Every_table_with_a_tenant_column_has_forced_row_level_security()
    {
        var tenantTables = await QueryAsync(factory.OwnerConnection, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'center_id' AND NOT a.attisdropped)
            """);
        var unprotected = await QueryAsync(factory.OwnerConnection, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'center_id' AND NOT a.attisdropped)
              AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
            """);
        Assert.Contains("reception_visits", tenantTables);
        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task Every_tenant_policy_compares_paths_with_the_scope_operator_whose_estimate_leaves_the_scope_to_the_query()
    {
        var policies = await QueryAsync(factory.OwnerConnection, """
            SELECT tablename || '.' || policyname || ': ' || coalesce(qual, with_check) FROM pg_policies
            WHERE schemaname = 'public' AND policyname LIKE 'tenant\_%'
            """);
        Assert.Contains(policies, p => p.StartsWith("persons.tenant_read", StringComparison.Ordinal));
        Assert.All(policies, p => Assert.Contains("OPERATOR(app.^@)", p, StringComparison.Ordinal));

        // A clerk's list of the demo people: PostgreSQL estimates the policy at a third of the rows, not at 1 in 200.
        await using (var owner = new NpgsqlConnection(factory.OwnerConnection))
        {
            await owner.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE persons", owner);
            await analyze.ExecuteNonQueryAsync();
        }

        var all = await QueryAsync(factory.OwnerConnection, "SELECT reltuples::bigint::text FROM pg_class WHERE relname = 'persons' AND reltuples >= 30");
        await using var clerk = await Sql.ScopedAsync(factory.PortalConnection, await Sql.OrganisationIdAsync(factory.OwnerConnection, "Employment Center No 1, Almaty District"));
        var plan = await Sql.ScalarAsync<string>(clerk, "EXPLAIN (FORMAT JSON) SELECT * FROM persons");
        var estimated = System.Text.Json.JsonDocument.Parse(plan!).RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        Assert.InRange(estimated / double.Parse(all.Single(), System.Globalization.CultureInfo.InvariantCulture), 0.25, 0.4);
    }

    [Fact]
    public async Task Every_domain_table_has_the_statement_level_audit_triggers_and_none_per_row()
    {
        // One trigger per action, each over its transition tables and fired once per statement.
        var missing = await QueryAsync(factory.OwnerConnection, """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND (SELECT count(*) FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
                   WHERE t.tgrelid = c.oid AND f.proname = 'audit_statement' AND t.tgtype & 1 = 0
                     AND (t.tgname, t.tgtype & 28, t.tgoldtable IS NOT NULL, t.tgnewtable IS NOT NULL) IN
                         (('audit_insert', 4, false, true), ('audit_update', 16, true, true), ('audit_delete', 8, true, false))) <> 3
            """);
        Assert.Empty(missing.Except(NotAudited));
        Assert.Empty(await QueryAsync(factory.OwnerConnection, "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = 'audit_row'"));
    }

    [Fact]
    public async Task The_portal_role_owns_nothing_and_cannot_bypass_row_level_security()
    {
        var role = await QueryAsync(factory.PortalConnection,
            "SELECT concat_ws(',', rolsuper, rolbypassrls, rolcreatedb, rolcreaterole) FROM pg_roles WHERE rolname = current_user");
        Assert.Equal(["f,f,f,f"], role);
        var owned = await QueryAsync(factory.PortalConnection,
            "SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user");
        Assert.Empty(owned);
    }

    [Fact]
    public async Task The_portal_role_may_only_insert_and_read_audit_rows()
    {
        await using var connection = new NpgsqlConnection(factory.PortalConnection);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_log SET action = 'X'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }
    }

    [Fact]
    public async Task Recording_a_visit_writes_an_audit_row_with_user_organisation_and_fields_and_the_page_shows_it()
    {
        using var clerk = await factory.Client().SignedInAsync("clerk.esil");
        var response = await clerk.PostFormAsync("/Registry/Reception/Create", "/Registry/Reception/Create",
            ("VisitedAt", "2026-02-03T09:15"), ("PersonName", "Аудит Тексеру"), ("Purpose", "Training"), ("Outcome", "ReferredToMeasure"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await clerk.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("id=\"history\"", details, StringComparison.Ordinal);
        Assert.Contains("Аудит Тексеру", details, StringComparison.Ordinal);

        var audit = await QueryAsync(factory.OwnerConnection, """
            SELECT concat_ws('|', a.action, u.user_name, o.name_en, a.changes -> 'person_name' ->> 'new')
            FROM audit_log a JOIN users u ON u.id = a.user_id JOIN organisations o ON o.id = a.organisation_id
            WHERE a.table_name = 'reception_visits' AND a.changes -> 'person_name' ->> 'new' = 'Аудит Тексеру'
            """);
        Assert.Equal(["INSERT|clerk.esil|Employment Center, Esil District|Аудит Тексеру"], audit);
    }

    [Fact]
    public async Task Raw_sql_changes_are_audited_with_old_and_new_values()
    {
        await using (var connection = new NpgsqlConnection(factory.OwnerConnection))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE mci_periods SET source = 'checked again' WHERE valid_from = '2021-01-01'", connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var audit = await QueryAsync(factory.OwnerConnection, """
            SELECT concat_ws('|', action, changes -> 'source' ->> 'new', (changes -> 'source' ->> 'old') IS NOT NULL)
            FROM audit_log WHERE table_name = 'mci_periods' AND action = 'UPDATE'
            """);
        Assert.Equal(["UPDATE|checked again|t"], audit);
    }
}
