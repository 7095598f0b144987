using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class RateWindowConfiguration : IEntityTypeConfiguration<RateWindowEntity>
{
    public void Configure(EntityTypeBuilder<RateWindowEntity> builder)
    {
        builder.ToTable("rate_windows");
        builder.HasKey(w => w.Key);
        builder.Property(w => w.Key).HasMaxLength(128);
    }
}
