using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddPersonRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    center_id = table.Column<long>(type: "bigint", nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name_key = table.Column<string>(type: "character varying(310)", maxLength: 310, nullable: false, collation: "C"),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    sex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_region_id = table.Column<long>(type: "bigint", nullable: true),
                    address_district_id = table.Column<long>(type: "bigint", nullable: true),
                    address_settlement_id = table.Column<long>(type: "bigint", nullable: true),
                    address_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_house = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    education = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    has_disability = table.Column<bool>(type: "boolean", nullable: false),
                    is_low_income_family = table.Column<bool>(type: "boolean", nullable: false),
                    is_kandas = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_since = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    held_since = table.Column<DateOnly>(type: "date", nullable: false),
                    consent_given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    consent_form = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    consent_taken_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    consent_taken_by_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_voided = table.Column<bool>(type: "boolean", nullable: false),
                    void_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                    table.CheckConstraint("ck_persons_iin_digits", "iin ~ '^[0-9]{12}$'");
                    table.ForeignKey(
                        name: "fk_persons_districts_address_district_id",
                        column: x => x.address_district_id,
                        principalTable: "districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_persons_organisations_center_id",
                        column: x => x.center_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_persons_regions_address_region_id",
                        column: x => x.address_region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_persons_settlements_address_settlement_id",
                        column: x => x.address_settlement_id,
                        principalTable: "settlements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "employment_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    center_id = table.Column<long>(type: "bigint", nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employment_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_employment_status_changes_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "family_members",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    center_id = table.Column<long>(type: "bigint", nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    relation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    full_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_family_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_family_members_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_transfers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    person_id = table.Column<long>(type: "bigint", nullable: false),
                    iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false, collation: "C"),
                    center_id = table.Column<long>(type: "bigint", nullable: false),
                    region_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    district_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    addressee_id = table.Column<long>(type: "bigint", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_transfers", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_transfers_organisations_addressee_id",
                        column: x => x.addressee_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_person_transfers_organisations_center_id",
                        column: x => x.center_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_person_transfers_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_employment_status_changes_person_id_since",
                table: "employment_status_changes",
                columns: new[] { "person_id", "since" });

            migrationBuilder.CreateIndex(
                name: "ix_employment_status_changes_scope_path",
                table: "employment_status_changes",
                column: "scope_path");

            migrationBuilder.CreateIndex(
                name: "ix_family_members_person_id",
                table: "family_members",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_family_members_scope_path",
                table: "family_members",
                column: "scope_path");

            migrationBuilder.CreateIndex(
                name: "ix_person_transfers_addressee_id_status",
                table: "person_transfers",
                columns: new[] { "addressee_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_person_transfers_center_id",
                table: "person_transfers",
                column: "center_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_transfers_person_id",
                table: "person_transfers",
                column: "person_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_person_transfers_scope_path",
                table: "person_transfers",
                column: "scope_path");

            migrationBuilder.CreateIndex(
                name: "ix_persons_address_district_id",
                table: "persons",
                column: "address_district_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_address_region_id",
                table: "persons",
                column: "address_region_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_address_settlement_id",
                table: "persons",
                column: "address_settlement_id");

            migrationBuilder.CreateIndex(
                name: "ix_persons_center_id_registered_on_id",
                table: "persons",
                columns: new[] { "center_id", "registered_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_iin",
                table: "persons",
                column: "iin",
                unique: true,
                filter: "NOT is_voided");

            migrationBuilder.CreateIndex(
                name: "ix_persons_name_key",
                table: "persons",
                column: "name_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_name_key_id",
                table: "persons",
                columns: new[] { "name_key", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_persons_scope_path",
                table: "persons",
                column: "scope_path");

            // Row-level security (with the owner's policy, now also on the reception journal), the
            // registry's narrow functions, audit triggers and grants.
            migrationBuilder.Sql(SqlScripts.Read("scope.sql"));
            migrationBuilder.Sql(SqlScripts.Read("registry.sql"));
            foreach (var table in new[] { "reception_visits", "persons", "employment_status_changes", "family_members", "person_transfers" })
            {
                migrationBuilder.Sql(SqlScripts.EnableTenantRls(table));
            }

            foreach (var table in new[] { "persons", "employment_status_changes", "family_members", "person_transfers" })
            {
                migrationBuilder.Sql(SqlScripts.EnableAudit(table));
            }

            migrationBuilder.Sql(SqlScripts.GrantPortal());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS app.accept_person_transfer(bigint, text, date); DROP FUNCTION IF EXISTS app.person_holder(text);");
            migrationBuilder.DropTable(
                name: "employment_status_changes");

            migrationBuilder.DropTable(
                name: "family_members");

            migrationBuilder.DropTable(
                name: "person_transfers");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
