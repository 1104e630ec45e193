using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddApplicationsAndContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programme_applications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    issued_by_center_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_measures = table.Column<string[]>(type: "text[]", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    decision = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    refusal_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decision_rules = table.Column<string>(type: "jsonb", nullable: true),
                    is_voided = table.Column<bool>(type: "boolean", nullable: false),
                    void_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    center_id = table.Column<long>(type: "bigint", nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_applications_organisations_issued_by_center_id",
                        column: x => x.issued_by_center_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programme_applications_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "social_contracts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    issued_by_center_id = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    application_id = table.Column<long>(type: "bigint", nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    measures = table.Column<string[]>(type: "text[]", nullable: false),
                    center_obligations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    participant_obligations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    employer_id = table.Column<long>(type: "bigint", nullable: true),
                    employer_obligations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    employer_signatory_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    center_signatory_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    participant_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    in_force_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    terminated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    termination_reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    termination_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    center_id = table.Column<long>(type: "bigint", nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_social_contracts", x => x.id);
                    table.CheckConstraint("ck_social_contracts_measures", "cardinality(measures) > 0");
                    table.CheckConstraint("ck_social_contracts_term", "term_end > term_start AND signed_on <= term_start");
                    table.ForeignKey(
                        name: "fk_social_contracts_employers_employer_id",
                        column: x => x.employer_id,
                        principalTable: "employers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_social_contracts_organisations_issued_by_center_id",
                        column: x => x.issued_by_center_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_social_contracts_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_social_contracts_programme_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "programme_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_applications_center_id_decision_applied_on",
                table: "programme_applications",
                columns: new[] { "center_id", "decision", "applied_on" });

            migrationBuilder.CreateIndex(
                name: "ix_programme_applications_issued_by_center_id_number",
                table: "programme_applications",
                columns: new[] { "issued_by_center_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_applications_person_id",
                table: "programme_applications",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_applications_person_id1",
                table: "programme_applications",
                column: "person_id",
                unique: true,
                filter: "decision = 'Pending' AND NOT is_voided");

            migrationBuilder.CreateIndex(
                name: "ix_programme_applications_scope_path",
                table: "programme_applications",
                column: "scope_path");

            migrationBuilder.CreateIndex(
                name: "ix_social_contracts_application_id",
                table: "social_contracts",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_social_contracts_center_id_term_end",
                table: "social_contracts",
                columns: new[] { "center_id", "term_end" });

            migrationBuilder.CreateIndex(
                name: "ix_social_contracts_employer_id",
                table: "social_contracts",
                column: "employer_id");

            migrationBuilder.CreateIndex(
                name: "ix_social_contracts_issued_by_center_id_number",
                table: "social_contracts",
                columns: new[] { "issued_by_center_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_social_contracts_person_id",
                table: "social_contracts",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_social_contracts_scope_path",
                table: "social_contracts",
                column: "scope_path");

            // Tenant-owned under forced RLS and audited; numbered without gaps; open items move with the person on a transfer.
            migrationBuilder.Sql(SqlScripts.Read("participation.sql"));
            migrationBuilder.Sql(SqlScripts.Read("registry.sql"));
            migrationBuilder.Sql(SqlScripts.EnableTenantRls("programme_applications"));
            migrationBuilder.Sql(SqlScripts.EnableTenantRls("social_contracts"));
            migrationBuilder.Sql(SqlScripts.EnableAudit("programme_applications"));
            migrationBuilder.Sql(SqlScripts.EnableAudit("social_contracts"));
            migrationBuilder.Sql(SqlScripts.GrantPortal());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "social_contracts");

            migrationBuilder.DropTable(
                name: "programme_applications");
        }
    }
}
