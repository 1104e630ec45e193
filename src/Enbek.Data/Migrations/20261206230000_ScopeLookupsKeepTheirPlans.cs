using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <summary>
    /// The scope lookups that every row-level security policy calls (app.read_path, app.write_path)
    /// become PL/pgSQL, which keeps its plan until the connection is reset, and app.setting_id a bare
    /// expression that is inlined (Sql/scope.sql). No table changes, so no target model.
    /// </summary>
    [DbContext(typeof(EnbekDbContext))]
    [Migration("20261206230000_ScopeLookupsKeepTheirPlans")]
    public partial class ScopeLookupsKeepTheirPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("scope.sql"));
            migrationBuilder.Sql(SqlScripts.GrantPortal());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The SQL versions answer the same; keeping the PL/pgSQL ones on the way down loses nothing.
        }
    }
}
