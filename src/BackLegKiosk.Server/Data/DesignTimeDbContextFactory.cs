using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BackLegKiosk.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the server.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BackLegDbContext>
{
    public BackLegDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BackLegDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
