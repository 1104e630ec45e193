using Enbek.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.ReferenceData;

public class RetirementAgePeriodConfiguration : IEntityTypeConfiguration<RetirementAgePeriod>
{
    public void Configure(EntityTypeBuilder<RetirementAgePeriod> builder)
    {
        builder.ToTable("retirement_ages");
        builder.Property<long>("Id").UseIdentityAlwaysColumn();
        builder.HasKey("Id");
        builder.HasIndex(p => new { p.Sex, p.ValidFrom }).IsUnique().AreNullsDistinct(false);
    }
}
