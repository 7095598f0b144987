using Microsoft.EntityFrameworkCore.Migrations;

namespace BackLegKiosk.Server.Data;

/// <summary>What a migration that seeds a system kiosk row (phones, imported history) does first.</summary>
public static class KioskNameMigrations
{
    /// <summary>
    /// A gym's own kiosk may already bear the name a system row takes, and kiosk names are unique: that kiosk
    /// keeps its row and its key under a name that says it is a kiosk.
    /// </summary>
    public static void FreeKioskName(this MigrationBuilder migration, string name)
    {
        ArgumentNullException.ThrowIfNull(migration);
        migration.Sql($"UPDATE kiosks SET \"Name\" = \"Name\" || ' (kiosk)' WHERE \"Name\" = '{name.Replace("'", "''", StringComparison.Ordinal)}'");
    }
}
