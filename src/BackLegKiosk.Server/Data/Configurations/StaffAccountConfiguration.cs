using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccountEntity>
{
    public void Configure(EntityTypeBuilder<StaffAccountEntity> builder)
    {
        builder.ToTable("staff_accounts");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Username).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.Username).IsUnique();
        builder.Property(s => s.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Role).HasMaxLength(20).IsRequired();
    }
}
