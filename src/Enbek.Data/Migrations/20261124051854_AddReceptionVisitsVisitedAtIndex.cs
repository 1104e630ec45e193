using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddReceptionVisitsVisitedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_reception_visits_visited_at_id",
                table: "reception_visits",
                columns: new[] { "visited_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reception_visits_visited_at_id",
                table: "reception_visits");
        }
    }
}
