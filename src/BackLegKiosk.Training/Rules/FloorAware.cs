using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// Pairing around the floor: the session opens with the best lift R2 allows whose station is free now,
/// because the member walks to it at once. The lift it stands in for keeps its place by R4 later in the
/// plan when it was chosen anyway, by when its station may have freed. Later supersets are not swapped:
/// nobody knows the floor by then. Occupancy is an input, so this stays as pure as R1-R11.
/// </summary>
public static class FloorAware
{
    /// <summary>Rule id of the notes this writes.</summary>
    public const string Id = "FLOOR";

    /// <summary>Rule name.</summary>
    public const string Name = "Stations in use";

    /// <summary>The note kind of an opener kept although its station is taken.</summary>
    public const string WaitKind = "Floor.Wait";

    /// <summary>
    /// The opener on this floor: R2's choice when its station is free, or when no other eligible lift's is;
    /// else the most technical eligible lift whose station is free.
    /// </summary>
    public static Exercise ChooseOpener(IReadOnlyList<Exercise> candidates, BodyRegion focus, FloorState? floor)
    {
        var best = R2PriorityFirst.ChooseOpener(candidates, focus);
        return floor is null || !floor.IsFull(best)
            ? best
            : R4TechnicalFirst.Order(candidates.Where(e => R2PriorityFirst.IsOpener(e, focus) && !floor.IsFull(e))).FirstOrDefault() ?? best;
    }

    /// <summary>The note when the floor changed or held up the opening, or null when it did not matter.</summary>
    /// <param name="wanted">R2's opener on an empty floor.</param>
    /// <param name="opener">The opener on this floor.</param>
    /// <param name="plan">Every lift of the plan, in order.</param>
    /// <param name="floor">The floor.</param>
    public static RuleNote? Explain(Exercise wanted, Exercise opener, IReadOnlyList<Exercise> plan, FloorState? floor)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(opener);
        ArgumentNullException.ThrowIfNull(plan);
        if (floor is null || !floor.IsFull(wanted))
        {
            return null;
        }

        var station = Station(wanted.Station!);
        return ReferenceEquals(wanted, opener)
            ? new RuleNote(Id, WaitKind, [station, NoteValue.Text("exercise", wanted.Name)])
            : new RuleNote(Id, plan.Contains(wanted) ? "Floor.OpensLater" : "Floor.OpensInstead", [station, NoteValue.Text("in", opener.Name), NoteValue.Text("out", wanted.Name)]);
    }

    /// <summary>The vocabulary word of a station: the built-in ones are translated, a gym's own shows its id.</summary>
    public static string WordOf(string station) => "station-" + station;

    private static NoteValue Station(string station) =>
        NoteLanguage.EnglishWords.ContainsKey(WordOf(station)) ? NoteValue.Word("station", WordOf(station)) : NoteValue.Text("station", station);
}
