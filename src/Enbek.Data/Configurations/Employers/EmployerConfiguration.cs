using Enbek.Domain.Employers;
using Enbek.Domain.Organisations;
using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Employers;

public class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.Bin).HasMaxLength(12).UseCollation("C");
        builder.HasIndex(e => e.Bin).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.HasIndex(e => e.Name, "ix_employers_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property(e => e.Sector).HasMaxLength(10);
        builder.Property(e => e.StateSharePercent).HasPrecision(5, 2);
        builder.Property(e => e.ContactPerson).HasMaxLength(300);
        builder.Property(e => e.Phone).HasMaxLength(30);
        builder.Property(e => e.Email).HasMaxLength(200);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.RegisteredByCenterId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_employers_bin_digits", "bin ~ '^[0-9]{12}$'");
            t.HasCheckConstraint("ck_employers_state_share", "state_share_percent BETWEEN 0 AND 100");
        });
    }
}
