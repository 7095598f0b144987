using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// The same model as <see cref="BackLegDbContext"/>; its own type only so that PostgreSQL's migrations
/// (Data/Migrations/Postgres) are kept apart from SQLite's. The server reads and writes through
/// <see cref="BackLegDbContext"/> on either provider and uses this one to migrate.
/// </summary>
public sealed class BackLegPostgresContext(DbContextOptions<BackLegPostgresContext> options) : BackLegDbContext(options);
