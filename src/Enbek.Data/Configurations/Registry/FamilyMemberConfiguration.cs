using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.Property(m => m.FullName).HasMaxLength(300);
        builder.Property(m => m.Iin).HasMaxLength(12).UseCollation("C");
        builder.Property(m => m.VoidReason).HasMaxLength(1000);
    }
}
