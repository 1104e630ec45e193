using System.Globalization;
using Enbek.Web.Tests.Infrastructure;
using Npgsql;

namespace Enbek.Web.Tests;

/// <summary>
/// The audit triggers fire once per statement over its transition tables and still write one audit
/// row per changed row, with the session's user and organisation, the row's key and its old and new
/// values, and nothing for an unchanged row or an excluded column.
/// </summary>
public sealed class StatementAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Runs statements as the owner with the session's user and organisation set, as the portal sets them.</summary>
    private async Task<List<int>> ExecuteAsActorAsync(long userId, long organisationId, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(factory.OwnerConnection);
        await connection.OpenAsync();
        await Sql.ScalarAsync<string>(connection, "SELECT set_config('app.user_id', $1, false) || set_config('app.org_id', $2, false)",
            userId.ToString(CultureInfo.InvariantCulture), organisationId.ToString(CultureInfo.InvariantCulture));
        var counts = new List<int>();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            counts.Add(await command.ExecuteNonQueryAsync());
        }

        return counts;
    }

    private async Task<List<string>> LinesAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.OwnerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private async Task<(long UserId, long OrganisationId)> ActorAsync(string userName)
    {
        var line = (await LinesAsync($"SELECT id || ',' || organisation_id FROM users WHERE user_name = '{userName}'")).Single().Split(',');
        return (long.Parse(line[0], CultureInfo.InvariantCulture), long.Parse(line[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_update_of_several_rows_writes_one_audit_row_per_changed_row_with_its_old_and_new_values()
    {
        var (userId, organisationId) = await ActorAsync("admin.ministry");
        var expected = await LinesAsync("""
            SELECT concat_ws('|', id, coalesce(source, '-'), 'reviewed ' || id, tenge) FROM mci_periods
            WHERE valid_from >= '2019-01-01' AND id <> (SELECT min(id) FROM mci_periods WHERE valid_from >= '2019-01-01') ORDER BY id
            """);
        Assert.True(expected.Count >= 3, "the reference data should hold several MCI periods since 2019");
        var before = await LinesAsync("SELECT count(*)::text FROM audit_log WHERE table_name = 'mci_periods'");

        // The first period keeps its source (an update that changes nothing is not recorded); the others change.
        var updated = await ExecuteAsActorAsync(userId, organisationId, """
            UPDATE mci_periods SET source = CASE WHEN id = (SELECT min(id) FROM mci_periods WHERE valid_from >= '2019-01-01') THEN source ELSE 'reviewed ' || id END
            WHERE valid_from >= '2019-01-01'
            """);

        Assert.Equal(expected.Count + 1, updated.Single());
        Assert.Equal(expected, await LinesAsync($"""
            SELECT concat_ws('|', a.row_key, coalesce(a.changes -> 'source' ->> 'old', '-'), a.changes -> 'source' ->> 'new', m.tenge)
            FROM audit_log a JOIN mci_periods m ON m.id::text = a.row_key
            WHERE a.table_name = 'mci_periods' AND a.action = 'UPDATE' AND a.user_id = {userId} AND a.organisation_id = {organisationId}
              AND a.at = (SELECT max(at) FROM audit_log WHERE table_name = 'mci_periods')
              AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(a.changes) k) = ARRAY['source']
            ORDER BY m.id
            """));
        Assert.Equal(
            (long.Parse(before.Single(), CultureInfo.InvariantCulture) + expected.Count).ToString(CultureInfo.InvariantCulture),
            (await LinesAsync("SELECT count(*)::text FROM audit_log WHERE table_name = 'mci_periods'")).Single());
    }

    [Fact]
    public async Task Deleting_and_inserting_several_rows_with_a_two_column_key_writes_a_row_each_under_that_key()
    {
        var (userId, organisationId) = await ActorAsync("admin.ministry");
        const string Clerks = "user_id IN (SELECT id FROM users WHERE user_name LIKE 'clerk.%')";
        var keys = await LinesAsync($"SELECT user_id || ',' || role_id FROM user_roles WHERE {Clerks} ORDER BY 1");
        Assert.True(keys.Count >= 3, "the demo data should give several clerks a role");

        // The clerks' roles taken away and given back, each in one statement.
        var counts = await ExecuteAsActorAsync(userId, organisationId,
            $"CREATE TEMP TABLE kept AS SELECT * FROM user_roles WHERE {Clerks}",
            $"DELETE FROM user_roles WHERE {Clerks}",
            "INSERT INTO user_roles SELECT * FROM kept");

        Assert.Equal([keys.Count, keys.Count], counts[1..]);
        foreach (var action in new[] { "DELETE", "INSERT" })
        {
            var side = action == "DELETE" ? "old" : "new";
            Assert.Equal(
                [.. keys.Select(k => $"{k}|{k}")],
                await LinesAsync($"""
                    SELECT concat_ws('|', row_key, (changes -> 'user_id' ->> '{side}') || ',' || (changes -> 'role_id' ->> '{side}'))
                    FROM audit_log WHERE table_name = 'user_roles' AND action = '{action}' AND user_id = {userId} AND organisation_id = {organisationId}
                    ORDER BY row_key
                    """));
        }
    }

    [Fact]
    public async Task An_update_of_excluded_columns_only_writes_nothing_and_a_mixed_one_records_only_the_rest()
    {
        var (userId, organisationId) = await ActorAsync("admin.ministry");
        const string Users = "user_name IN ('clerk.esil', 'clerk.almaty1', 'analyst.ministry')";
        var before = await LinesAsync("SELECT count(*)::text FROM audit_log WHERE table_name = 'users'");

        var counts = await ExecuteAsActorAsync(userId, organisationId,
            $"UPDATE users SET security_stamp = md5(random()::text), access_failed_count = access_failed_count + 1 WHERE {Users}",
            $"UPDATE users SET password_hash = md5(random()::text), phone_number = '+7 700 111 22 33' WHERE {Users}");

        Assert.Equal([3, 3], counts);
        Assert.Equal(
            ["phone_number"],
            await LinesAsync($"""
                SELECT DISTINCT k FROM audit_log a CROSS JOIN LATERAL jsonb_object_keys(a.changes) k
                WHERE a.table_name = 'users' AND a.id > (SELECT coalesce(max(id), 0) - 3 FROM audit_log)
                """));
        Assert.Equal(
            (long.Parse(before.Single(), CultureInfo.InvariantCulture) + 3).ToString(CultureInfo.InvariantCulture),
            (await LinesAsync("SELECT count(*)::text FROM audit_log WHERE table_name = 'users'")).Single());
    }

    [Fact]
    public async Task A_table_audited_per_row_by_an_older_installation_is_moved_to_the_statement_triggers_with_its_arguments()
    {
        var (userId, organisationId) = await ActorAsync("admin.ministry");
        await ExecuteAsActorAsync(userId, organisationId,
            "CREATE TABLE public.audit_probe (id bigint PRIMARY KEY, name text, secret text)",
            "CREATE FUNCTION app.audit_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
            "CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON public.audit_probe FOR EACH ROW EXECUTE FUNCTION app.audit_row('id', 'secret')");

        var moved = await LinesAsync("SELECT app.upgrade_row_audit()::text");

        Assert.Equal(["1"], moved);
        Assert.Equal(
            ["audit_delete|id\\000secret\\000", "audit_insert|id\\000secret\\000", "audit_update|id\\000secret\\000"],
            await LinesAsync("SELECT tgname || '|' || encode(tgargs, 'escape') FROM pg_trigger WHERE tgrelid = 'public.audit_probe'::regclass ORDER BY tgname"));
        Assert.Empty(await LinesAsync("SELECT proname::text FROM pg_proc WHERE proname = 'audit_row'"));
        await ExecuteAsActorAsync(userId, organisationId,
            "INSERT INTO audit_probe SELECT i, 'name ' || i, 'secret ' || i FROM generate_series(1, 3) i",
            "UPDATE audit_probe SET name = 'renamed', secret = 'other' WHERE id >= 2");
        Assert.Equal(
            [
                """INSERT|1|{"id": {"new": 1}, "name": {"new": "name 1"}}""",
                """INSERT|2|{"id": {"new": 2}, "name": {"new": "name 2"}}""",
                """INSERT|3|{"id": {"new": 3}, "name": {"new": "name 3"}}""",
                """UPDATE|2|{"name": {"new": "renamed", "old": "name 2"}}""",
                """UPDATE|3|{"name": {"new": "renamed", "old": "name 3"}}""",
            ],
            await LinesAsync("SELECT concat_ws('|', action, row_key, changes::text) FROM audit_log WHERE table_name = 'audit_probe' ORDER BY action, row_key"));
    }
}
