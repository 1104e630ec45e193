using Enbek.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <summary>
    /// SQL only (the model is unchanged). The tenant policies compare paths with the app.^@ operator
    /// (starts_with with an estimate the planner can live with, see Sql/scope.sql), on every table
    /// that has them. The person list, sorted by name, gets an index per scope level led by the
    /// column the tenant filter compares (a center's clerk, a district, a region walk their own
    /// people in name order), and finer statistics on the name key for the name patterns' estimates.
    /// The dictionary of name words (Sql/name_words.sql) with its trigram index, filled from the
    /// people already registered, and the index that finds people by whole name words.
    /// <para>
    /// person_name_words has no row-level security and no audit trigger, and the portal may read and
    /// add to it: it holds the distinct words of names and nothing that links a word to a person, a
    /// center or a date (no counts either), like the lists of Kazakh and Russian names any name
    /// dictionary prints; rows come only from the trigger on persons.
    /// </para>
    /// </summary>
    [DbContext(typeof(EnbekDbContext))]
    [Migration("20261124081500_PersonRegistryAtScale")]
    public partial class PersonRegistryAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("scope.sql"));
            migrationBuilder.Sql("""
                SELECT app.enable_tenant_rls(c.oid::regclass)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_read');
                """);
            migrationBuilder.Sql("""
                CREATE INDEX ix_persons_center_id_name_key_id ON persons (center_id, name_key, id);
                CREATE INDEX ix_persons_district_id_name_key_id ON persons (district_id, name_key, id);
                CREATE INDEX ix_persons_region_id_name_key_id ON persons (region_id, name_key, id);
                ALTER TABLE persons ALTER COLUMN name_key SET STATISTICS 1000;
                CREATE INDEX ix_persons_name_words ON persons USING gin (string_to_array(name_key, ' '));
                CREATE TABLE person_name_words (word text COLLATE "C" PRIMARY KEY);
                CREATE INDEX ix_person_name_words_word_trgm ON person_name_words USING gin (word gin_trgm_ops);
                INSERT INTO person_name_words (word)
                SELECT DISTINCT w FROM persons, unnest(string_to_array(name_key, ' ')) AS w;
                """);
            migrationBuilder.Sql(SqlScripts.Read("name_words.sql"));
            migrationBuilder.Sql(SqlScripts.GrantPortal());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER keep_name_words_on_insert ON persons;
                DROP TRIGGER keep_name_words_on_update ON persons;
                DROP FUNCTION app.keep_person_name_words();
                DROP TABLE person_name_words;
                DROP INDEX ix_persons_name_words;
                DROP INDEX ix_persons_center_id_name_key_id;
                DROP INDEX ix_persons_district_id_name_key_id;
                DROP INDEX ix_persons_region_id_name_key_id;
                ALTER TABLE persons ALTER COLUMN name_key SET STATISTICS -1;
                """);
            // The policies keep the operator: it checks exactly what starts_with checks.
        }
    }
}
