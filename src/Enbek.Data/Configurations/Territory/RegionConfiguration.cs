using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Territory;

public class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Kato).HasMaxLength(9).IsFixedLength(false);
        builder.HasIndex(r => r.Kato).IsUnique();
        builder.Property(r => r.NameKk).HasMaxLength(200);
        builder.Property(r => r.NameRu).HasMaxLength(200);
        builder.Property(r => r.NameEn).HasMaxLength(200);
        builder.Property(r => r.TimeZone).HasMaxLength(64);
    }
}
