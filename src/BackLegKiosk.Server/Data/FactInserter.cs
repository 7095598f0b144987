using System.Text;
using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackLegKiosk.Server.Data;

/// <summary>
/// Inserts facts, the one hot write path, without change tracking: one INSERT built from the EF model
/// (table, columns, each column's type mapping and converter) with the provider's own quoting rather
/// than hand-written SQL. Only SQLite runs it today. The statement is prepared once per group and
/// re-bound per row, the way a hand-written insert loop does it; RETURNING hands back each sequence
/// number.
/// </summary>
public static class FactInserter
{
    public static async Task InsertAsync(BackLegDbContext db, IReadOnlyList<FactEntity> facts, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(FactEntity))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entityType.FindProperty(nameof(FactEntity.Sequence))!;
        var columns = entityType.GetProperties().Where(p => p != key).ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = new StringBuilder("INSERT INTO ")
            .Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))
            .Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))
            .Append(") RETURNING ")
            .Append(sql.DelimitIdentifier(key.GetColumnName(table)!))
            .ToString();

        // Parameters are made once with the column's type mapping (which sets the provider type) and
        // re-bound per row through the mapping's converter, as a prepared insert loop does.
        var bindings = columns.Select((c, i) =>
        {
            var mapping = c.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, c.IsNullable);
            command.Parameters.Add(parameter);
            return (Parameter: parameter, Getter: c.GetGetter(), mapping.Converter);
        }).ToList();
        foreach (var fact in facts)
        {
            foreach (var (parameter, getter, converter) in bindings)
            {
                var value = getter.GetClrValue(fact);
                parameter.Value = (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            fact.Sequence = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
