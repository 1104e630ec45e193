using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class ProgrammeApplicationConfiguration : IEntityTypeConfiguration<ProgrammeApplication>
{
    public void Configure(EntityTypeBuilder<ProgrammeApplication> builder)
    {
        // Numbered by a trigger (app.next_document_number) when the row is inserted.
        builder.Property(a => a.Number).HasMaxLength(20).UseCollation("C").ValueGeneratedOnAdd();
        builder.PrimitiveCollection(a => a.RequestedMeasures).ElementType().HasConversion<string>();
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.RecordedByName).HasMaxLength(300);
        builder.Property(a => a.DecidedByName).HasMaxLength(300);
        builder.Property(a => a.RefusalText).HasMaxLength(1000);
        builder.Property(a => a.DecisionRules).HasColumnType("jsonb");
        builder.Property(a => a.VoidReason).HasMaxLength(1000);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.IssuedByCenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.IssuedByCenterId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.CenterId, a.Decision, a.AppliedOn });
        builder.HasIndex(a => a.PersonId);

        // At most one undecided application per person (OneOpenApplicationPerPersonRule), kept by the database too.
        builder.HasIndex(a => a.PersonId, "ix_programme_applications_one_open").IsUnique().HasFilter("decision = 'Pending' AND NOT is_voided");
    }
}
