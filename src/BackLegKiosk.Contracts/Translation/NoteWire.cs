using BackLegKiosk.Training.Notes;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Contracts.Translation;

/// <summary>
/// Rule notes on the wire: the kind and typed values travel so each screen writes the sentence in its own
/// language, and the English text travels too for readers that know no kinds.
/// </summary>
internal static class NoteWire
{
    public static Api.RuleNote ToProto(RuleNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var proto = new Api.RuleNote { RuleId = note.RuleId, Text = note.Text, Kind = note.Kind };
        proto.Values.Add(note.Values.Select(ToProto));
        return proto;
    }

    /// <summary>
    /// Training's note. A note whose kind or values this build does not know (a newer or older server) is
    /// kept as its English text, so it is still shown rather than lost.
    /// </summary>
    public static RuleNote FromProto(Api.RuleNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var values = note.Values.Select(FromProto).ToList();
        var typed = new RuleNote(note.RuleId, note.Kind, [.. values.OfType<NoteValue>()]);
        return values.All(v => v is not null) && NoteLanguage.IsComplete(typed) ? typed : RuleNote.Plain(note.RuleId, note.Text);
    }

    private static Api.NoteValue ToProto(NoteValue value)
    {
        var proto = new Api.NoteValue { Name = value.Name };
        switch (value)
        {
            case NoteText text:
                proto.Text = text.Value;
                break;
            case NoteNumber number:
                proto.Number = new Api.NoteNumber { Value = number.Value, Format = number.Format };
                break;
            case NoteWord word:
                proto.Word = word.Key;
                break;
            case NoteNames names:
                proto.Names = new Api.NoteNames { Join = ToProto(names.Join) };
                proto.Names.Names.Add(names.Items);
                break;
            case NoteParts parts:
                proto.Parts = new Api.NoteParts { Join = ToProto(parts.Join) };
                proto.Parts.Parts.Add(parts.Notes.Select(ToProto));
                break;
        }

        return proto;
    }

    private static NoteValue? FromProto(Api.NoteValue value) => value.ValueCase switch
    {
        Api.NoteValue.ValueOneofCase.Text => NoteValue.Text(value.Name, value.Text),
        Api.NoteValue.ValueOneofCase.Number => NoteValue.Number(value.Name, value.Number.Value, value.Number.Format),
        Api.NoteValue.ValueOneofCase.Word => NoteValue.Word(value.Name, value.Word),
        Api.NoteValue.ValueOneofCase.Names => NoteValue.Names(value.Name, value.Names.Names, FromProto(value.Names.Join)),
        Api.NoteValue.ValueOneofCase.Parts => NoteValue.Parts(value.Name, value.Parts.Parts.Select(FromProto), FromProto(value.Parts.Join)),
        _ => null,
    };

    private static Api.NoteJoin ToProto(NoteJoin join) => join switch
    {
        NoteJoin.Then => Api.NoteJoin.Then,
        NoteJoin.And => Api.NoteJoin.And,
        NoteJoin.Semicolon => Api.NoteJoin.Semicolon,
        NoteJoin.Space => Api.NoteJoin.Space,
        _ => Api.NoteJoin.Comma,
    };

    private static NoteJoin FromProto(Api.NoteJoin join) => join switch
    {
        Api.NoteJoin.Then => NoteJoin.Then,
        Api.NoteJoin.And => NoteJoin.And,
        Api.NoteJoin.Semicolon => NoteJoin.Semicolon,
        Api.NoteJoin.Space => NoteJoin.Space,
        _ => NoteJoin.Comma,
    };
}
