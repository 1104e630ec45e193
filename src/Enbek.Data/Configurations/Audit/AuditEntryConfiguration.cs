using Enbek.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Audit;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(a => a.At).HasDefaultValueSql("now()");
        builder.Property(a => a.TableName).HasMaxLength(100);
        builder.Property(a => a.RowKey).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(10);
        builder.Property(a => a.Changes).HasColumnType("jsonb");
        builder.Property(a => a.ScopePath).HasMaxLength(200).UseCollation("C");
        builder.HasIndex(a => new { a.TableName, a.RowKey, a.Id });
    }
}
