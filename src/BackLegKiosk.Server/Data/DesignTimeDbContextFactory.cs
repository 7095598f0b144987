using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackLegKiosk.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the server.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BackLegDbContext>
{
    public BackLegDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BackLegDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>
/// The same for PostgreSQL's migrations (<c>--context BackLegPostgresContext</c>); adding a migration
/// builds the model only, so no server is reached at this address.
/// </summary>
public sealed class DesignTimePostgresContextFactory : IDesignTimeDbContextFactory<BackLegPostgresContext>
{
    public BackLegPostgresContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BackLegPostgresContext>().UseNpgsql("Host=127.0.0.1;Database=backleg_design").Options);
}
