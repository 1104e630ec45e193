using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Enbek.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        // One registration per IIN in the whole country; a voided mistake does not block the real one.
        builder.Property(p => p.Iin).HasMaxLength(12).UseCollation("C");
        builder.HasIndex(p => p.Iin).IsUnique().HasFilter("NOT is_voided");
        builder.Property(p => p.Surname).HasMaxLength(100);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.Patronymic).HasMaxLength(100);

        // "C" collation so that a prefix LIKE can use the btree; trigram index for words inside the name.
        builder.Property(p => p.NameKey).HasMaxLength(310).UseCollation("C");
        builder.HasIndex(p => new { p.NameKey, p.Id });
        builder.HasIndex(p => p.NameKey, "ix_persons_name_key_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => new { p.CenterId, p.RegisteredOn, p.Id });

        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.AddressStreet).HasMaxLength(200);
        builder.Property(p => p.AddressHouse).HasMaxLength(50);
        builder.Property(p => p.ConsentTakenByName).HasMaxLength(300);
        builder.Property(p => p.VoidReason).HasMaxLength(1000);
        builder.Ignore(p => p.FullName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.CenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.AddressRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(p => p.AddressDistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Settlement>().WithMany().HasForeignKey(p => p.AddressSettlementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.FamilyMembers).WithOne().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_persons_iin_digits", "iin ~ '^[0-9]{12}$'"));
    }
}
