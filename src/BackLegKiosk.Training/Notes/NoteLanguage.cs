using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BackLegKiosk.Training.Notes;

/// <summary>
/// Writes rule notes in one language: a template per note kind with <c>{name}</c> placeholders, a word per
/// vocabulary key, and a culture for numbers. English lives here, beside the rules that speak it; other
/// languages come from the screens' resources and are checked against <see cref="EnglishTemplates"/>.
/// </summary>
public sealed partial class NoteLanguage
{
    private readonly Func<string, string?> _template;
    private readonly Func<string, string?> _word;

    /// <param name="culture">How numbers are written.</param>
    /// <param name="template">The template for a note kind; null falls back to English.</param>
    /// <param name="word">The word for a vocabulary key; null falls back to English.</param>
    public NoteLanguage(CultureInfo culture, Func<string, string?> template, Func<string, string?> word)
    {
        Culture = culture;
        _template = template;
        _word = word;
    }

    /// <summary>English, with numbers written the same on every machine.</summary>
    public static NoteLanguage English { get; } = new(CultureInfo.InvariantCulture, _ => null, _ => null);

    /// <summary>The culture numbers are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Every note kind and its English sentence.</summary>
    public static IReadOnlyDictionary<string, string> EnglishTemplates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Plain"] = "{text}",
        ["R1.Alternate"] = "{count} supersets alternate legs and back: {firstSlot} {first}, then {secondSlot} {second}, so one group recovers while the other works.",
        ["R2.Focus"] = "{region} focus ({why}): {opener} opens while energy is highest.",
        ["R3.Swapped"] = "{out} swapped for {in}: the session opens with {opener}, which loads the spinal erectors heavily, and a squat after it risks form breakdown.",
        ["R3.SwappedForLowErector"] = "{out} swapped for a low-erector leg movement: the session opens with {opener}, which loads the spinal erectors heavily, and a squat after it risks form breakdown.",
        ["R3.NothingSensitive"] = "No lower-back-sensitive lift today, so heavy-erector lifts may go anywhere.",
        ["R3.Moved"] = "{moved} moved after {behind}, later than its technical demand would place it, so the lower back is fresh for {behind}.",
        ["R3.OnlySensitive"] = "{sensitive} is the only lift that needs a fresh lower back, and nothing today loads the erectors heavily.",
        ["R3.HeavyAfter"] = "{heavy} come after {sensitive} has finished, so the lower back is fresh for it.",
        ["R4.Order"] = "Most technical first within each group: legs {legs}; back {back}.",
        ["R4.OrderExceptMoved"] = "Most technical first within each group, except the lift R3 moved later: legs {legs}; back {back}.",
        ["R5.Cut"] = "Volume cut from the split days: {groups}.",
        ["R5.Group"] = "{region} {split} -> {planned} sets (-{cut}%)",
        ["R6.Kept"] = "Intensity kept as volume drops: {parts}.",
        ["R6.Loaded"] = "{count} lift(s) at the split-day load +{nudge} with RIR {rir}",
        ["R6.ByEffort"] = "{count} lift(s) without a known max at RIR {rir} (one less than the split day)",
        ["R7.Fewest"] = "3 exercises per group instead of a split day's 5, the fewest, because time is the member's constraint.",
        ["R7.Fewer"] = "{count} exercises per group instead of a split day's 5, for fewer, higher-quality sets.",
        ["R8.NotSuited"] = "This combined back-and-legs day is built for advanced, strength-focused or time-limited lifters; as {who} the recovery demands may be too high and hold back your progress. Split-day alternative: legs today, back in 48 hours.",
        ["R8.Suits"] = "Suits this member: advanced, {goal}.",
        ["R8.Warned"] = "Planned with a warning: the member is not advanced; a split-day alternative is offered.",
        ["R9.TooSoon"] = "Your legs and back were trained hard {since} h ago; they need {needed} h to recover: {left} h to go.",
        ["R9.TooOften"] = "You have done {count} combined back-and-legs sessions in the last 7 days; the limit is {max} with rest days between: {left} h until the next one.",
        ["R9.Recovered"] = "Recovered: {since} h since the last hard session (at least {needed} h needed); this is combined session {number} of at most {max} in 7 days.",
        ["R9.NothingOnRecord"] = "Recovered: no hard back or legs session on record (at least {needed} h needed); this is combined session {number} of at most {max} in 7 days.",
        ["R10.ShortSleep"] = "You slept {slept} h, under the {min} h your recovery needs: stop each set at its RIR target and aim for {min}-{max} h tonight.",
        ["R10.SleptEnough"] = "Slept enough last night; recovery advice (sleep, protein and carbohydrate for {weight} kg) comes at the end.",
        ["R10.Sleep"] = "Sleep {min}-{max} h tonight: most repair happens then.",
        ["R10.Food"] = "Within the hour: about {protein} g of protein for muscle repair and {carbs} g of carbohydrate to refill glycogen.",
        ["R10.Spacing"] = "Give back and legs {hours} h before the next hard session.",
        ["R10.LastNight"] = "Last night you slept {slept} h: tonight matters even more.",
        ["R11.Fits"] = "{sets} hard sets in about {minutes} min, inside the budget of {maxSets} sets and {maxMinutes} min.",
        ["R11.Trimmed"] = "{sets} hard sets in about {minutes} min, inside the budget of {maxSets} sets and {maxMinutes} min (trimmed to fit).",
        ["R11.OverBudget"] = "Even at the smallest volume the combined day allows, this session needs {sets} hard sets and about {minutes} min, over the budget of {maxSets} sets and {maxMinutes} min: consider split days (legs today, back in 48 hours) or more time.",
        ["Progression.Stall"] = "{exercise} has not improved in {sessions} sessions: consider a deload week at {deload} of your working load.",
        ["Override"] = "Coach override by {coach}: {reason} (the rule said: {said})",
        ["Floor.OpensLater"] = "{station} busy: {in} opens, {out} later if one frees.",
        ["Floor.OpensInstead"] = "{station} busy: {in} opens instead of {out}.",
        ["Floor.Wait"] = "{station} busy and no other opener keeps the rules: {exercise} stays first; wait for one to free.",
        ["Floor.MovedUp"] = "{station} free again: {exercise} moved up to superset {superset}.",
        ["Floor.PutBack"] = "{station} free again: {exercise} back in at superset {superset}; {left} left out to keep the length.",
    };

    /// <summary>Every vocabulary word and its English.</summary>
    public static IReadOnlyDictionary<string, string> EnglishWords { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["and"] = "and",
        ["legs"] = "legs",
        ["back"] = "back",
        ["focus-legs"] = "Legs",
        ["focus-back"] = "Back",
        ["chosen-today"] = "the member chose it for today",
        ["legs-are-the-priority"] = "legs are the member's priority",
        ["back-is-the-priority"] = "back strength is the member's priority",
        ["focus-alternates"] = "the focus alternates from the last combined session",
        ["a-beginner"] = "a beginner",
        ["an-intermediate"] = "an intermediate lifter",
        ["legs-priority"] = "legs priority",
        ["back-priority"] = "back priority",
        ["strength-focused"] = "strength-focused",
        ["limited-time"] = "limited time",
        ["station-squat-rack"] = "Squat racks",
        ["station-platform"] = "Platforms",
        ["station-pull-up-bar"] = "Pull-up bars",
        ["station-cable-station"] = "Cable stations",
        ["station-leg-press"] = "Leg presses",
        ["station-hack-squat"] = "Hack squat machines",
        ["station-belt-squat"] = "Belt squat machines",
        ["station-bench"] = "Benches",
        ["station-leg-extension"] = "Leg extension machines",
        ["station-leg-curl"] = "Leg curl machines",
        ["station-calf-raise"] = "Calf raise machines",
        ["station-t-bar-row"] = "T-bar rows",
        ["station-back-extension"] = "Back extension benches",
    };

    /// <summary>The note as a sentence in this language.</summary>
    public string Render(RuleNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var template = _template(note.Kind)
            ?? (EnglishTemplates.TryGetValue(note.Kind, out var english) ? english : throw new ArgumentException($"No sentence for the note kind '{note.Kind}'.", nameof(note)));
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            var value = note.Values.FirstOrDefault(v => v.Name == name)
                ?? throw new ArgumentException($"The note {note.Kind} has no value '{name}'.", nameof(note));
            return Write(value);
        });
    }

    /// <summary>Whether Training knows the note's kind and the note fills every placeholder of its sentence.</summary>
    public static bool IsComplete(RuleNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return EnglishTemplates.TryGetValue(note.Kind, out var template)
            && Placeholders(template).All(name => note.Values.Any(v => v.Name == name))
            && note.Values.OfType<NoteParts>().All(p => p.Notes.All(IsComplete));
    }

    /// <summary>The placeholders a template names, for checking a translation against English.</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A vocabulary word in this language.</summary>
    public string Word(string key) => Word(key, key);

    /// <summary>A vocabulary word in this language, or <paramref name="unknown"/> when no language has it (a gym's own station).</summary>
    public string Word(string key, string unknown) => _word(key) ?? (EnglishWords.TryGetValue(key, out var english) ? english : unknown);

    private string Write(NoteValue value) => value switch
    {
        NoteText text => text.Value,
        NoteNumber number => number.Value.ToString(number.Format, Culture),
        NoteWord word => Word(word.Key),
        NoteNames names => Join(names.Items, names.Join),
        NoteParts parts => Join([.. parts.Notes.Select(Render)], parts.Join),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown note value."),
    };

    private string Join(IReadOnlyList<string> items, NoteJoin join)
    {
        if (join != NoteJoin.And || items.Count < 2)
        {
            return string.Join(Separator(join), items);
        }

        var text = new StringBuilder(string.Join(", ", items.Take(items.Count - 1)));
        return text.Append(' ').Append(Word("and")).Append(' ').Append(items[^1]).ToString();
    }

    private static string Separator(NoteJoin join) => join switch
    {
        NoteJoin.Then => " > ",
        NoteJoin.Semicolon => "; ",
        NoteJoin.Space => " ",
        _ => ", ",
    };

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
