using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class HandOffConfiguration : IEntityTypeConfiguration<HandOffEntity>
{
    public void Configure(EntityTypeBuilder<HandOffEntity> builder)
    {
        builder.ToTable("hand_offs");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(h => h.TokenHash).IsUnique();
        builder.HasIndex(h => h.MemberId);
        builder.HasOne<MemberEntity>().WithMany().HasForeignKey(h => h.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SessionEntity>().WithMany().HasForeignKey(h => h.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
