using Enbek.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Indicators;

public class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.Direction).HasMaxLength(10);
        builder.Property(i => i.SourceTable).HasMaxLength(20);
        builder.Property(i => i.NameKk).HasMaxLength(1000);
        builder.Property(i => i.NameEn).HasMaxLength(1000);
        builder.Property(i => i.Unit).HasMaxLength(40);
        builder.Property(i => i.DataSource).HasMaxLength(40);
        builder.Property(i => i.DirectionOfGood).HasMaxLength(20);
        builder.Property(i => i.PlanSource).HasMaxLength(300);
        builder.HasIndex(i => new { i.Code, i.SourceTable }).IsUnique();
        builder.HasMany(i => i.PlanValues).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
