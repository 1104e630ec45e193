using Enbek.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Indicators;

public class IndicatorPlanValueConfiguration : IEntityTypeConfiguration<IndicatorPlanValue>
{
    public void Configure(EntityTypeBuilder<IndicatorPlanValue> builder)
    {
        builder.ToTable("indicator_plan_values");
        builder.Property(v => v.Value).HasPrecision(18, 4);
        builder.HasIndex(v => new { v.IndicatorId, v.Year }).IsUnique();
    }
}
