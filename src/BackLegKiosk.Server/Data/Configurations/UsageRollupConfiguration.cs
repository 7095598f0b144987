using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class UsageRollupConfiguration : IEntityTypeConfiguration<UsageRollupEntity>
{
    public void Configure(EntityTypeBuilder<UsageRollupEntity> builder)
    {
        builder.ToTable("usage_rollups");
        builder.HasKey(u => new { u.Hour, u.KioskId });
    }
}
