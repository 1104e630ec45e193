using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Territory;

public class SettlementClassChangeConfiguration : IEntityTypeConfiguration<SettlementClassChange>
{
    public void Configure(EntityTypeBuilder<SettlementClassChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.HasOne<Settlement>().WithMany().HasForeignKey(c => c.SettlementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SettlementId, c.ChangedAt });
    }
}
