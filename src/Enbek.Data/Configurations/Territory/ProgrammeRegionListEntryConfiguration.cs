using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Territory;

public class ProgrammeRegionListEntryConfiguration : IEntityTypeConfiguration<ProgrammeRegionListEntry>
{
    public void Configure(EntityTypeBuilder<ProgrammeRegionListEntry> builder)
    {
        builder.ToTable("programme_region_lists");
        builder.Property(e => e.Basis).HasMaxLength(500);
        builder.HasOne(e => e.Region).WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.List, e.RegionId, e.ValidFrom }).IsUnique().AreNullsDistinct(false);
    }
}
