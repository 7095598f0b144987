using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

public sealed class BackLegDbContext(DbContextOptions<BackLegDbContext> options) : DbContext(options)
{
    public DbSet<MemberEntity> Members => Set<MemberEntity>();

    public DbSet<KioskEntity> Kiosks => Set<KioskEntity>();

    public DbSet<StaffAccountEntity> StaffAccounts => Set<StaffAccountEntity>();

    public DbSet<CheckInEntity> CheckIns => Set<CheckInEntity>();

    public DbSet<SessionEntity> Sessions => Set<SessionEntity>();

    public DbSet<FactEntity> Facts => Set<FactEntity>();

    public DbSet<UsageRollupEntity> UsageRollups => Set<UsageRollupEntity>();

    public DbSet<ErasureNoticeEntity> ErasureNotices => Set<ErasureNoticeEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BackLegDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC ticks: comparable and sortable in SQL on SQLite and PostgreSQL alike.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
