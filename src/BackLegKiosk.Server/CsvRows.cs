using CsvHelper;

namespace BackLegKiosk.Server;

/// <summary>
/// Reads CSV as RFC 4180 defines it (CsvHelper): commas, double-quoted fields that may hold commas,
/// line breaks and "" for a quote. Empty lines are skipped and fields trimmed. Each record, the header
/// first, comes with the line it starts on, so a refusal points at the line a person sees in the file.
/// </summary>
public static class CsvRows
{
    private static readonly CsvReaderOptions Rfc4180 = new()
    {
        HasHeader = false,
        TrimWhitespace = true,
        TrackLineNumbers = true,
    };

    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader text)
    {
        using var reader = CsvReader.Create(text, Rfc4180, leaveOpen: true);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            yield return ((int)reader.LineNumber, fields);
        }
    }
}
