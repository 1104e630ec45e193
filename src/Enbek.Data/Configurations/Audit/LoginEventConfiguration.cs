using Enbek.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.Audit;

public class LoginEventConfiguration : IEntityTypeConfiguration<LoginEvent>
{
    public void Configure(EntityTypeBuilder<LoginEvent> builder)
    {
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Outcome).HasMaxLength(40);
        builder.Property(e => e.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(e => new { e.UserId, e.At });
    }
}
