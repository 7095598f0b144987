using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class FactConfiguration : IEntityTypeConfiguration<FactEntity>
{
    public void Configure(EntityTypeBuilder<FactEntity> builder)
    {
        builder.ToTable("facts");
        builder.HasKey(f => f.Sequence);
        builder.Property(f => f.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(f => f.Id).IsUnique();
        builder.HasIndex(f => new { f.SessionId, f.Sequence });
        builder.HasIndex(f => new { f.MemberId, f.OccurredAt });
        builder.HasIndex(f => new { f.Kind, f.ReceivedAt });
        builder.HasIndex(f => f.TargetFactId);
        builder.Property(f => f.Slot).HasMaxLength(4);
        builder.Property(f => f.ExerciseId).HasMaxLength(64);
        builder.Property(f => f.Reason).HasMaxLength(200);
        builder.HasIndex(f => new { f.Counted, f.OccurredAt });
        builder.HasOne<SessionEntity>().WithMany().HasForeignKey(f => f.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
