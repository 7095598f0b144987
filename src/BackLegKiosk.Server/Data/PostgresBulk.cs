using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Rows into PostgreSQL by binary COPY, in the caller's transaction, with the columns, types and value
/// conversions read from the EF model, so it stays right as the model changes. Used to copy a gym's
/// history into a chain's database and by the dashboard benchmark to seed a year.
/// </summary>
public static class PostgresBulk
{
    /// <param name="db">A context on PostgreSQL.</param>
    /// <param name="rows">The rows, all of one entity type.</param>
    /// <param name="storeKeys">
    /// Whether the numbers the store would assign (the facts' sequence) are written as given (a copy,
    /// which must keep them: kiosks' cursors point at them) or left to the store (new rows).
    /// </param>
    /// <param name="cancellationToken">Stops the copy; the caller's transaction then rolls it back.</param>
    public static async Task WriteAsync<T>(BackLegDbContext db, IReadOnlyList<T> rows, bool storeKeys, CancellationToken cancellationToken = default)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties().Where(p => storeKeys || !(p.IsPrimaryKey() && p.ClrType == typeof(long))).ToList();
        var bindings = columns.Select(c => (Getter: c.GetGetter(), c.GetRelationalTypeMapping().Converter, Type: c.GetColumnType().Split('(')[0])).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (getter, converter, type) in bindings)
            {
                var value = getter.GetClrValue(row);
                if ((converter is null ? value : converter.ConvertToProvider(value)) is { } stored)
                {
                    await importer.WriteAsync(stored, type, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
