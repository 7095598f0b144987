using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class SessionConfiguration : IEntityTypeConfiguration<SessionEntity>
{
    public void Configure(EntityTypeBuilder<SessionEntity> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.PlanJson).IsRequired();
        builder.Property(s => s.ImportedFrom).HasMaxLength(16);
        builder.HasIndex(s => new { s.MemberId, s.PlannedAt });
        builder.HasIndex(s => s.PlannedAt);
        builder.HasIndex(s => new { s.CompletedAt, s.PlannedAt });

        // At most one open session per member, so two PlanSession calls at once cannot open two.
        builder.HasIndex(s => s.MemberId).IsUnique().HasFilter("\"CompletedAt\" IS NULL AND \"AbandonedAt\" IS NULL").HasDatabaseName("UX_sessions_open_per_member");
        builder.HasOne<MemberEntity>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KioskEntity>().WithMany().HasForeignKey(s => s.KioskId).OnDelete(DeleteBehavior.Restrict);
    }
}
