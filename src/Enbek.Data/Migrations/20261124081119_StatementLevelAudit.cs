using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatementLevelAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit triggers fire once per statement over its transition tables. Every table still
            // audited by the per-row trigger is found in pg_trigger (whichever migration created it)
            // and gets the statement-level triggers with the same key and excluded columns.
            migrationBuilder.Sql(SqlScripts.Read("audit.sql"));
            migrationBuilder.Sql("SELECT app.upgrade_row_audit();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The statement-level triggers write the same audit rows as the per-row ones did, and the
            // earlier migrations install them too (they run the newest audit.sql): nothing to undo.
        }
    }
}
