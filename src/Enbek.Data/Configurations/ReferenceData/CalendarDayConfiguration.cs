using Enbek.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enbek.Data.Configurations.ReferenceData;

public class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property<string>("NameKk").HasMaxLength(200);
        builder.Property<string>("NameRu").HasMaxLength(200);
        builder.Property<string>("NameEn").HasMaxLength(200);
        builder.Property<DateOnly?>("RelatedDate");
        builder.Property<string>("Basis").HasMaxLength(200);
    }
}
