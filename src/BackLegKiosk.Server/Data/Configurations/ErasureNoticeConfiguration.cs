using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class ErasureNoticeConfiguration : IEntityTypeConfiguration<ErasureNoticeEntity>
{
    public void Configure(EntityTypeBuilder<ErasureNoticeEntity> builder)
    {
        builder.ToTable("erasure_notices");
        builder.HasKey(n => new { n.KioskId, n.SessionId });
        builder.HasOne<KioskEntity>().WithMany().HasForeignKey(n => n.KioskId).OnDelete(DeleteBehavior.Cascade);
    }
}
