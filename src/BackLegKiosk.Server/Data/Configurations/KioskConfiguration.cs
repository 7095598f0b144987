using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.HandOffs;
using BackLegKiosk.Server.Domain.HistoryImport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class KioskConfiguration : IEntityTypeConfiguration<KioskEntity>
{
    public void Configure(EntityTypeBuilder<KioskEntity> builder)
    {
        builder.ToTable("kiosks");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(60).IsRequired();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.KeyHash).HasMaxLength(64).IsRequired();
        builder.Property(k => k.DeadLetters).HasMaxLength(4000);
        builder.Property(k => k.StorageProblem).HasMaxLength(200);
        builder.HasData(
            new KioskEntity { Id = PhoneKiosk.Id, Name = PhoneKiosk.Name, KeyHash = SystemKiosks.NoKey, CreatedAt = DateTimeOffset.UnixEpoch },
            new KioskEntity { Id = ImportKiosk.Id, Name = ImportKiosk.Name, KeyHash = SystemKiosks.NoKey, CreatedAt = DateTimeOffset.UnixEpoch });
    }
}
