using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Coaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class CoachOverrideConfiguration : IEntityTypeConfiguration<CoachOverrideEntity>
{
    public void Configure(EntityTypeBuilder<CoachOverrideEntity> builder)
    {
        builder.ToTable("coach_overrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.StaffUsername).HasMaxLength(60).IsRequired();
        builder.Property(o => o.Rule).HasMaxLength(4).IsRequired();
        builder.Property(o => o.Reason).HasMaxLength(CoachOverrideRules.MaxReason).IsRequired();
        builder.HasIndex(o => new { o.MemberId, o.At });
        builder.HasIndex(o => o.At);
        builder.HasOne<MemberEntity>().WithMany().HasForeignKey(o => o.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
