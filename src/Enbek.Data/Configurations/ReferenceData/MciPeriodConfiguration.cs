using Enbek.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.ReferenceData;

public class MciPeriodConfiguration : IEntityTypeConfiguration<MciPeriod>
{
    public void Configure(EntityTypeBuilder<MciPeriod> builder)
    {
        builder.ToTable("mci_periods");
        builder.Property<long>("Id").UseIdentityAlwaysColumn();
        builder.HasKey("Id");
        builder.HasIndex(p => p.ValidFrom).IsUnique();
        builder.Property<string>("Confirmed").HasMaxLength(20);
        builder.Property<string>("Source").HasMaxLength(1000);
    }
}
