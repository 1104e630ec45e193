using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.ReferenceData;

public class EffectiveAmountRowConfiguration : IEntityTypeConfiguration<EffectiveAmountRow>
{
    public void Configure(EntityTypeBuilder<EffectiveAmountRow> builder)
    {
        builder.ToTable("effective_amounts");
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Confirmed).HasMaxLength(20);
        builder.Property(a => a.Source).HasMaxLength(1000);
        builder.HasIndex(a => new { a.Kind, a.ValidFrom }).IsUnique();
    }
}
