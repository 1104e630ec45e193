using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Organisations;

public class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.NameKk).HasMaxLength(300);
        builder.Property(o => o.NameRu).HasMaxLength(300);
        builder.Property(o => o.NameEn).HasMaxLength(300);
        builder.Property(o => o.Bin).HasMaxLength(12);
        builder.HasIndex(o => o.Bin).IsUnique().HasFilter("bin IS NOT NULL");

        // Kept by the trigger app.organisation_scope_path (Sql/organisations.sql).
        builder.Property(o => o.ScopePath).HasMaxLength(200).UseCollation("C").ValueGeneratedOnAddOrUpdate();
        builder.Property(o => o.ScopePath).Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
        builder.HasIndex(o => o.ScopePath);
        builder.HasIndex(o => new { o.Kind, o.RegionId, o.DistrictId });
        builder.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.District).WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(o => o.Level);
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_organisations_territory",
            "(kind IN ('Ministry','WorkforceDevelopmentCenter','NationalChamber') AND region_id IS NULL AND district_id IS NULL)"
            + " OR (kind IN ('RegionalChamber','RegionalExecutiveBody','RegionalCommission') AND region_id IS NOT NULL AND district_id IS NULL)"
            + " OR (kind IN ('DistrictExecutiveBody','DistrictCommission','EmploymentCenter') AND region_id IS NOT NULL AND district_id IS NOT NULL)"
            + " OR kind IN ('Lender','Guarantor','EducationOrganisation')"));
    }
}
