using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class PersonTransferConfiguration : IEntityTypeConfiguration<PersonTransfer>
{
    public void Configure(EntityTypeBuilder<PersonTransfer> builder)
    {
        builder.Property(t => t.Iin).HasMaxLength(12).UseCollation("C");
        builder.Property(t => t.RequestedByName).HasMaxLength(300);
        builder.Property(t => t.AnsweredByName).HasMaxLength(300);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.Property(t => t.RefusalReason).HasMaxLength(1000);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.CenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.AddresseeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.AddresseeId, t.Status });

        // At most one open request per person.
        builder.HasIndex(t => t.PersonId).IsUnique().HasFilter("status = 'Pending'");
    }
}
