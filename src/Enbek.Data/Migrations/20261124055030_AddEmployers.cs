using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddEmployers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "employers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    bin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false),
                    district_id = table.Column<long>(type: "bigint", nullable: true),
                    size = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sector = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    state_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tax_compliant = table.Column<bool>(type: "boolean", nullable: true),
                    tax_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    no_wage_arrears = table.Column<bool>(type: "boolean", nullable: true),
                    wage_arrears_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    contact_person = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_by_center_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employers", x => x.id);
                    table.CheckConstraint("ck_employers_bin_digits", "bin ~ '^[0-9]{12}$'");
                    table.CheckConstraint("ck_employers_state_share", "state_share_percent BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "fk_employers_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employers_organisations_registered_by_center_id",
                        column: x => x.registered_by_center_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_employers_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_employers_bin",
                table: "employers",
                column: "bin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_employers_district_id",
                table: "employers",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_employers_name",
                table: "employers",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_employers_region_id",
                table: "employers",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_employers_registered_by_center_id",
                table: "employers",
                column: "registered_by_center_id");

            // A national register, not tenant-owned: audited, and granted to the portal's role.
            migrationBuilder.Sql(SqlScripts.EnableAudit("employers"));
            migrationBuilder.Sql(SqlScripts.GrantPortal());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employers");
        }
    }
}
