using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// Pairing around the floor: the session opens with the best lift R2 allows whose station is free now,
/// because the member walks to it at once. The lift it stands in for keeps its place by R4 later in the
/// plan when it was chosen anyway, by when its station may have freed. Later supersets are not swapped when
/// planning, as nobody knows the floor by then; once the station frees, the lift is brought back at the next
/// superset boundary (<see cref="BringBack"/>). Occupancy is an input, so this stays as pure as R1-R11.
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

    /// <summary>The note kind of a displaced lift moved up from later in the plan once its station freed.</summary>
    public const string MovedUpKind = "Floor.MovedUp";

    /// <summary>The note kind of a displaced lift put back into a plan that had left it out.</summary>
    public const string PutBackKind = "Floor.PutBack";

    /// <summary>
    /// The focus group's order with <paramref name="displaced"/> brought back at superset <paramref name="next"/>:
    /// moved up from later in the plan, the others keeping their order; or, when the plan left it out, put in
    /// with the last lift from <paramref name="next"/> on that is as hard on the erectors as it left out, so the
    /// session keeps its length and its count of heavy-erector lifts (R3's limit). Null when it is already at or
    /// before <paramref name="next"/>, or no such lift is left to make room.
    /// </summary>
    public static List<Exercise>? BringBack(IReadOnlyList<Exercise> focus, Exercise displaced, int next)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(displaced);
        var order = focus.ToList();
        var at = order.IndexOf(displaced);
        var room = at >= 0 ? at : order.FindLastIndex(e => e.LoadsErectorsHeavily == displaced.LoadsErectorsHeavily);
        if (next < 1 || next >= order.Count || (at >= 0 && at <= next) || room < next)
        {
            return null;
        }

        order.RemoveAt(room);
        order.Insert(next, displaced);
        return order;
    }

    /// <summary>The note of a lift brought back: moved up, or put back in place of <paramref name="left"/>.</summary>
    public static RuleNote BroughtBack(Exercise displaced, string superset, Exercise? left)
    {
        ArgumentNullException.ThrowIfNull(displaced);
        IReadOnlyList<NoteValue> values = [Station(displaced.Station!), NoteValue.Text("exercise", displaced.Name), NoteValue.Text("superset", superset)];
        return left is null ? new RuleNote(Id, MovedUpKind, values) : new RuleNote(Id, PutBackKind, [.. values, NoteValue.Text("left", left.Name)]);
    }

    /// <summary>The vocabulary word of a station: the built-in ones are translated, a gym's own shows its id.</summary>
    public static string WordOf(string station) => "station-" + station;

    private static NoteValue Station(string station) =>
        NoteLanguage.EnglishWords.ContainsKey(WordOf(station)) ? NoteValue.Word("station", WordOf(station)) : NoteValue.Text("station", station);
}
