using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Territory;

public class KatoCodeConfiguration : IEntityTypeConfiguration<KatoCode>
{
    public void Configure(EntityTypeBuilder<KatoCode> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(9);
        builder.Property(k => k.NameKk).HasMaxLength(200);
        builder.Property(k => k.NameRu).HasMaxLength(200);
        builder.Property(k => k.NameEn).HasMaxLength(200);
        builder.HasIndex(k => new { k.Level, k.UnitId, k.ValidFrom }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(k => k.Code);
    }
}
