using System.Globalization;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Sets;
using BackLegKiosk.Training.Vocabulary;

namespace BackLegKiosk.Server.Domain.HistoryImport;

/// <summary>
/// Reads the CSV export of Strong, Hevy or FitNotes into sets, each with the line it came from. A row that
/// cannot be read is reported by line and the rest are kept; a file that is not the named app's export at
/// all is refused as a whole.
/// </summary>
public static class HistoryCsv
{
    /// <summary>What a file of one app calls each value; the first header found of each list is used.</summary>
    private sealed record Columns(string[] Date, string[] Workout, string[] Exercise, string[] Kilograms, string[] Pounds, string[] Unstated, string[] Reps, string[] Rpe, string[] Kind, string[] DateFormats);

    private static readonly Dictionary<ImportFormat, Columns> Formats = new()
    {
        [ImportFormat.Strong] = new(["Date"], ["Workout Name"], ["Exercise Name"], ["Weight (kg)"], ["Weight (lbs)"], ["Weight"], ["Reps"], ["RPE"], ["Set Order"], ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"]),
        [ImportFormat.Hevy] = new(["start_time"], ["title"], ["exercise_title"], ["weight_kg"], ["weight_lbs"], [], ["reps"], ["rpe"], ["set_type"], ["d MMM yyyy, HH:mm", "dd MMM yyyy, HH:mm", "yyyy-MM-dd HH:mm:ss"]),
        [ImportFormat.Fitnotes] = new(["Date"], [], ["Exercise"], ["Weight (kgs)", "Weight (kg)"], ["Weight (lbs)"], [], ["Reps"], [], [], ["yyyy-MM-dd"]),
    };

    /// <param name="reader">The file.</param>
    /// <param name="format">Which app wrote it.</param>
    /// <param name="unitWhenUnstated">The unit of a weight column that names none (Strong writes the app's unit): the member's.</param>
    /// <param name="zone">The gym's time zone: the apps write the wall-clock time the workout began.</param>
    public static (List<ImportedSet> Sets, List<(int Line, string Problem)> BadRows) Read(TextReader reader, ImportFormat format, WeightUnit unitWhenUnstated, TimeZoneInfo zone)
    {
        var columns = Formats[format];
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidFieldException("file", "is empty");
        }

        var header = rows.Current.Fields;
        int? Column(string[] names) => names.Select(n => Array.IndexOf(header, n)).Where(i => i >= 0).Select(i => (int?)i).FirstOrDefault();
        var (date, exercise, reps) = (Column(columns.Date), Column(columns.Exercise), Column(columns.Reps));
        var (kilograms, pounds, unstated) = (Column(columns.Kilograms), Column(columns.Pounds), Column(columns.Unstated));
        if (date is null || exercise is null || reps is null || (kilograms ?? pounds ?? unstated) is null)
        {
            throw new InvalidFieldException("file", $"is not a {Words.Of(format)} export: its first line needs the columns {columns.Date[0]}, {columns.Exercise[0]}, {columns.Reps[0]} and a weight");
        }

        var perKilogram = kilograms is not null ? 1 : pounds is not null || unitWhenUnstated == WeightUnit.Pounds ? Load.KilogramsPerPound : 1;
        var at = new Places(header, date.Value, exercise.Value, reps.Value, (kilograms ?? pounds ?? unstated)!.Value, Column(columns.Workout), Column(columns.Rpe), Column(columns.Kind));
        var sets = new List<ImportedSet>();
        var bad = new List<(int, string)>();
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            var problem = ReadRow(fields, line, columns, zone, at, perKilogram, out var set);
            if (problem is null)
            {
                sets.Add(set!);
            }
            else
            {
                bad.Add((line, problem));
            }
        }

        return (sets, bad);
    }

    /// <summary>Where each value sits in a row, and the header that names them for reports.</summary>
    private sealed record Places(string[] Header, int Date, int Exercise, int Reps, int Weight, int? Workout, int? Rpe, int? Kind);

    private static string? ReadRow(string[] fields, int line, Columns columns, TimeZoneInfo zone, Places at, double perKilogram, out ImportedSet? set)
    {
        set = null;
        var name = Field(fields, at.Exercise);
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"{at.Header[at.Exercise]}: is empty";
        }

        if (!DateTime.TryParseExact(Field(fields, at.Date), columns.DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return $"{at.Header[at.Date]}: '{Field(fields, at.Date)}' is not a date like {columns.DateFormats[0]}";
        }

        // A timed or distance exercise (a plank, a run) has no reps: 0, left for the exercise table to judge.
        var repsText = Field(fields, at.Reps);
        var reps = 0;
        if (!string.IsNullOrEmpty(repsText) && (!int.TryParse(repsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out reps) || reps < 0 || reps > SetEntry.MaxReps))
        {
            return $"{at.Header[at.Reps]}: '{Field(fields, at.Reps)}' is not a number of reps from 0 to {SetEntry.MaxReps}";
        }

        var weightText = Field(fields, at.Weight);
        var load = 0.0;
        if (!string.IsNullOrEmpty(weightText) && (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out load) || load < 0 || load * perKilogram > SetEntry.MaxLoadKg))
        {
            return $"{at.Header[at.Weight]}: '{weightText}' is not a weight from 0 to {SetEntry.MaxLoadKg} kg";
        }

        double? rpe = null;
        var rpeText = Field(fields, at.Rpe);
        if (at.Rpe is { } rpeAt && !string.IsNullOrEmpty(rpeText))
        {
            if (!double.TryParse(rpeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var effort) || !SetEntry.IsRpe(effort))
            {
                return $"{at.Header[rpeAt]}: '{rpeText}' is not an RPE from 1 to 10";
            }

            rpe = effort;
        }

        var kind = Field(fields, at.Kind)?.ToLowerInvariant();
        var warmUp = kind is "w" or "warmup" or "warm-up";
        var failed = kind is "f" or "failure";
        var start = LocalCalendar.At(columns.DateFormats[0].Contains('H', StringComparison.Ordinal) ? wallClock : wallClock.Date.AddHours(12), zone);
        set = new ImportedSet(line, start, Field(fields, at.Workout) ?? string.Empty, name.Trim(), Math.Round(load * perKilogram, 2), reps, rpe, warmUp, failed);
        return null;
    }

    /// <summary>The field at <paramref name="index"/>, or null when the file has no such column or the row is short.</summary>
    private static string? Field(string[] fields, int? index) => index is { } i && i < fields.Length ? fields[i] : null;
}
