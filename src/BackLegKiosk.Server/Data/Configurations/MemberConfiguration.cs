using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class MemberConfiguration : IEntityTypeConfiguration<MemberEntity>
{
    public void Configure(EntityTypeBuilder<MemberEntity> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.DisplayName).HasMaxLength(80).IsRequired();
        builder.Property(m => m.PinHash).HasMaxLength(200).IsRequired();
        builder.Property(m => m.OneRepMaxesJson).HasMaxLength(4000).IsRequired();
        builder.HasIndex(m => m.DisplayName);
    }
}
