using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackLegKiosk.Server.Data.Configurations;

public sealed class ServerSecretConfiguration : IEntityTypeConfiguration<ServerSecretEntity>
{
    public void Configure(EntityTypeBuilder<ServerSecretEntity> builder)
    {
        builder.ToTable("server_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
