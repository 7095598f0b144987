namespace BackLegKiosk.Training.Notes;

/// <summary>One value a <see cref="RuleNote"/> names, typed so each language writes it its own way.</summary>
/// <param name="Name">The placeholder it fills: <c>{hours}</c> is filled by the value named <c>hours</c>.</param>
public abstract record NoteValue(string Name)
{
    /// <summary>Words shown as they are in every language: an exercise's name, a coach's reason.</summary>
    public static NoteValue Text(string name, string text) => new NoteText(name, text);

    /// <summary>A number each culture writes its own way, in a .NET custom format such as <c>0.#</c>.</summary>
    public static NoteValue Number(string name, double number, string format = "0") => new NoteNumber(name, number, format);

    /// <summary>A word each language has its own of: <c>legs</c>, <c>a-beginner</c>.</summary>
    public static NoteValue Word(string name, string word) => new NoteWord(name, word);

    /// <summary>Names written as a list: "Back squat > Hack squat", "Barbell row and Deadlift".</summary>
    public static NoteValue Names(string name, IEnumerable<string> names, NoteJoin join) => new NoteNames(name, [.. names], join);

    /// <summary>Smaller sentences written one after another: the parts of R5's volume note.</summary>
    public static NoteValue Parts(string name, IEnumerable<RuleNote> parts, NoteJoin join) => new NoteParts(name, [.. parts], join);
}

/// <summary>Words shown as they are.</summary>
public sealed record NoteText(string Name, string Value) : NoteValue(Name);

/// <summary>A number and its custom format.</summary>
public sealed record NoteNumber(string Name, double Value, string Format) : NoteValue(Name);

/// <summary>A word of the note vocabulary, translated like the templates.</summary>
public sealed record NoteWord(string Name, string Key) : NoteValue(Name);

/// <summary>A list of names and how they are joined.</summary>
public sealed record NoteNames(string Name, IReadOnlyList<string> Items, NoteJoin Join) : NoteValue(Name);

/// <summary>Sentences inside a sentence and how they are joined.</summary>
public sealed record NoteParts(string Name, IReadOnlyList<RuleNote> Notes, NoteJoin Join) : NoteValue(Name);

/// <summary>How the items of a list are written between one another.</summary>
public enum NoteJoin
{
    /// <summary>An order: "A > B > C".</summary>
    Then,

    /// <summary>A sentence's list: "A, B and C", with the language's word for "and".</summary>
    And,

    /// <summary>"A, B, C".</summary>
    Comma,

    /// <summary>"A; B".</summary>
    Semicolon,

    /// <summary>Sentences one after another: "A B".</summary>
    Space,
}
