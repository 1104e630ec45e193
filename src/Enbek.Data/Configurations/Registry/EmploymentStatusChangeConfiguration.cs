using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class EmploymentStatusChangeConfiguration : IEntityTypeConfiguration<EmploymentStatusChange>
{
    public void Configure(EntityTypeBuilder<EmploymentStatusChange> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.Since });
    }
}
