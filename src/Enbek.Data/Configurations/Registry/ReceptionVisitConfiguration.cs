using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class ReceptionVisitConfiguration : IEntityTypeConfiguration<ReceptionVisit>
{
    public void Configure(EntityTypeBuilder<ReceptionVisit> builder)
    {
        builder.Property(v => v.PersonName).HasMaxLength(300);
        builder.Property(v => v.Iin).HasMaxLength(12);
        builder.Property(v => v.Phone).HasMaxLength(30);
        builder.Property(v => v.Notes).HasMaxLength(2000);
        builder.Property(v => v.ClerkName).HasMaxLength(300);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.CenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CenterId, v.VisitedAt, v.Id });
        builder.HasIndex(v => new { v.RegionId, v.VisitedAt });

        // The journal of a national body (country scope) has no center or region to start from: its
        // newest-first page walks this index instead of sorting every visit.
        builder.HasIndex(v => new { v.VisitedAt, v.Id });
        builder.HasIndex(v => v.Iin);
    }
}
