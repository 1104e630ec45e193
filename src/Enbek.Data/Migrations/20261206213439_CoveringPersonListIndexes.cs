using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enbek.Data.Migrations
{
    /// <summary>Raw SQL on existing indexes, so no target model of its own (the snapshot stays the model).</summary>
    [DbContext(typeof(EnbekDbContext))]
    [Migration("20261206213439_CoveringPersonListIndexes")]
    public partial class CoveringPersonListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The person list's indexes in name order per scope level carry the columns its filters and
            // the row-level policy read, so a page's ids are found in the index alone (an index-only
            // scan) and only the page's rows are read from the table: a common name or a filter that
            // skips thousands of people no longer costs a table read for each of them.
            migrationBuilder.Sql("""
                DROP INDEX ix_persons_center_id_name_key_id;
                DROP INDEX ix_persons_district_id_name_key_id;
                DROP INDEX ix_persons_region_id_name_key_id;
                CREATE INDEX ix_persons_center_id_name_key_id ON persons (center_id, name_key, id)
                  INCLUDE (is_voided, scope_path, status, registered_on, district_id, region_id);
                CREATE INDEX ix_persons_district_id_name_key_id ON persons (district_id, name_key, id)
                  INCLUDE (is_voided, scope_path, status, registered_on, center_id, region_id);
                CREATE INDEX ix_persons_region_id_name_key_id ON persons (region_id, name_key, id)
                  INCLUDE (is_voided, scope_path, status, registered_on, center_id, district_id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_persons_center_id_name_key_id;
                DROP INDEX ix_persons_district_id_name_key_id;
                DROP INDEX ix_persons_region_id_name_key_id;
                CREATE INDEX ix_persons_center_id_name_key_id ON persons (center_id, name_key, id);
                CREATE INDEX ix_persons_district_id_name_key_id ON persons (district_id, name_key, id);
                CREATE INDEX ix_persons_region_id_name_key_id ON persons (region_id, name_key, id);
                """);
        }
    }
}
