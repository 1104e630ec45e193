using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Territory;

public class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Kato).HasMaxLength(9);

        // A KATO code is unique only within its validity period; the current unit is unique by code.
        builder.HasIndex(d => new { d.Kato, d.ValidFrom }).IsUnique().AreNullsDistinct(false);
        builder.Property(d => d.NameKk).HasMaxLength(200);
        builder.Property(d => d.NameRu).HasMaxLength(200);
        builder.Property(d => d.NameEn).HasMaxLength(200);
        builder.HasOne(d => d.Region).WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
