using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BackLegKiosk.DashboardScale;

/// <summary>
/// Loads rows the fastest way each store has, inside the caller's one transaction: PostgreSQL's binary
/// COPY, with the columns, types and value conversions read from the EF model; on SQLite the facts
/// through the server's own prepared insert loop and the rest through EF.
/// </summary>
public static class BulkLoader
{
    public static async Task LoadAsync<T>(BackLegDbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, rows);
        }
        else if (rows is IReadOnlyList<FactEntity> facts)
        {
            await FactInserter.InsertAsync(db, facts, CancellationToken.None);
        }
        else
        {
            db.AddRange(rows);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static async Task CopyAsync<T>(BackLegDbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();

        // A number the store assigns (the facts' sequence) is left to the store.
        var columns = entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ClrType == typeof(long))).ToList();
        var bindings = columns.Select(c => (Getter: c.GetGetter(), c.GetRelationalTypeMapping().Converter, Type: c.GetColumnType().Split('(')[0])).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var (getter, converter, type) in bindings)
            {
                var value = getter.GetClrValue(row);
                if ((converter is null ? value : converter.ConvertToProvider(value)) is { } stored)
                {
                    await importer.WriteAsync(stored, type);
                }
                else
                {
                    await importer.WriteNullAsync();
                }
            }
        }

        await importer.CompleteAsync();
    }
}
