using Enbek.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Organisations;

public class CommissionMemberConfiguration : IEntityTypeConfiguration<CommissionMember>
{
    public void Configure(EntityTypeBuilder<CommissionMember> builder)
    {
        builder.Property(m => m.FullName).HasMaxLength(300);
        builder.Property(m => m.JobTitle).HasMaxLength(300);
        builder.HasOne(m => m.Commission).WithMany().HasForeignKey(m => m.CommissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CommissionId, m.ValidFrom });
    }
}
