using BackLegKiosk.Server.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// The gym's store. One model for SQLite and PostgreSQL; each provider has its own migrations, told
/// apart by context type (<see cref="BackLegPostgresContext"/> carries PostgreSQL's).
/// </summary>
public class BackLegDbContext : DbContext, IDataProtectionKeyContext
{
    public BackLegDbContext(DbContextOptions<BackLegDbContext> options)
        : base(options)
    {
    }

    protected BackLegDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<MemberEntity> Members => Set<MemberEntity>();

    public DbSet<KioskEntity> Kiosks => Set<KioskEntity>();

    public DbSet<StaffAccountEntity> StaffAccounts => Set<StaffAccountEntity>();

    public DbSet<CheckInEntity> CheckIns => Set<CheckInEntity>();

    public DbSet<SessionEntity> Sessions => Set<SessionEntity>();

    public DbSet<FactEntity> Facts => Set<FactEntity>();

    public DbSet<UsageRollupEntity> UsageRollups => Set<UsageRollupEntity>();

    public DbSet<ErasureNoticeEntity> ErasureNotices => Set<ErasureNoticeEntity>();

    /// <summary>Coaches' overrides of R8 and R9, kept as their audit.</summary>
    public DbSet<CoachOverrideEntity> CoachOverrides => Set<CoachOverrideEntity>();

    /// <summary>One-time links that move a session from a kiosk to the member's phone.</summary>
    public DbSet<HandOffEntity> HandOffs => Set<HandOffEntity>();

    /// <summary>Rate limits' windows, counted in the store so every replica counts the same attempts.</summary>
    public DbSet<RateWindowEntity> RateWindows => Set<RateWindowEntity>();

    /// <summary>Secrets every replica must share, such as a generated token signing key.</summary>
    public DbSet<ServerSecretEntity> ServerSecrets => Set<ServerSecretEntity>();

    /// <summary>The dashboard's Data Protection key ring, so a cookie or antiforgery token made by one replica opens on any.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BackLegDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC ticks: comparable and sortable in SQL on SQLite and PostgreSQL alike.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
