using Enbek.Domain.Employers;
using Enbek.Domain.Organisations;
using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class SocialContractConfiguration : IEntityTypeConfiguration<SocialContract>
{
    public void Configure(EntityTypeBuilder<SocialContract> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(20).UseCollation("C").ValueGeneratedOnAdd();
        builder.PrimitiveCollection(c => c.Measures).ElementType().HasConversion<string>();
        builder.Property(c => c.CenterObligations).HasMaxLength(4000);
        builder.Property(c => c.ParticipantObligations).HasMaxLength(4000);
        builder.Property(c => c.EmployerObligations).HasMaxLength(4000);
        builder.Property(c => c.EmployerSignatoryName).HasMaxLength(300);
        builder.Property(c => c.CenterSignatoryName).HasMaxLength(300);
        builder.Property(c => c.ParticipantName).HasMaxLength(300);
        builder.Property(c => c.TerminationText).HasMaxLength(1000);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProgrammeApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.IssuedByCenterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.IssuedByCenterId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.CenterId, c.TermEnd });
        builder.HasIndex(c => c.PersonId);

        // One contract per application.
        builder.HasIndex(c => c.ApplicationId).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_social_contracts_term", "term_end > term_start AND signed_on <= term_start");
            t.HasCheckConstraint("ck_social_contracts_measures", "cardinality(measures) > 0");
        });
    }
}
