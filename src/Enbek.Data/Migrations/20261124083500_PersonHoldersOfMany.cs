using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonHoldersOfMany : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // app.person_holders: the holders of a whole file's IINs in one statement (registry.sql).
            migrationBuilder.Sql(SqlScripts.Read("registry.sql"));
            migrationBuilder.Sql(SqlScripts.GrantPortal());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS app.person_holders(text[]);");
        }
    }
}
