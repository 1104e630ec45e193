using Enbek.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Registry;

public class PersonDocumentConfiguration : IEntityTypeConfiguration<PersonDocument>
{
    public void Configure(EntityTypeBuilder<PersonDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.UploadedByName).HasMaxLength(300);
        builder.Property(d => d.VoidReason).HasMaxLength(1000);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.PersonId);
        builder.ToTable(t => t.HasCheckConstraint("ck_person_documents_size", $"size_bytes BETWEEN 1 AND {DocumentFileRule.MaxBytes}"));
    }
}
