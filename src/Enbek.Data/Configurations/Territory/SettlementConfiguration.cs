using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Territory;

public class SettlementConfiguration : IEntityTypeConfiguration<Settlement>
{
    public void Configure(EntityTypeBuilder<Settlement> builder)
    {
        builder.Property(s => s.Kato).HasMaxLength(9);
        builder.HasIndex(s => s.Kato).IsUnique();
        builder.Property(s => s.NameKk).HasMaxLength(200);
        builder.Property(s => s.NameRu).HasMaxLength(200);
        builder.Property(s => s.CityLevel).HasMaxLength(20);
        builder.Property(s => s.DefaultBasis).HasMaxLength(300);
        builder.HasIndex(s => new { s.DistrictId, s.NameKk });
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
