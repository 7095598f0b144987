using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace BackLegKiosk.Fuzz;

/// <summary>
/// CsCheck generators for any protobuf message, read from its descriptor: well-formed messages with
/// extreme and hostile field values (including ids the server knows, so validation past the first
/// lookup is reached), unknown fields, huge repeated fields, byte-level mutations of those, and
/// plain random bytes. Nothing here names an RPC or a message type.
/// </summary>
internal sealed class MessageGen(IReadOnlyList<string> knownStrings)
{
    private const int MaxDepth = 3;

    public Gen<byte[]> For(MessageDescriptor type) => Gen.Frequency(
        (6, Structured(type, 0)),
        (2, Mutated(Structured(type, 0))),
        (1, Gen.Byte.Array[0, 512]),
        (1, HugeRepeated(type)));

    private Gen<byte[]> Structured(MessageDescriptor type, int depth)
    {
        var fields = type.Fields.InDeclarationOrder();
        if (fields.Count == 0 || depth >= MaxDepth)
        {
            return Gen.Frequency((4, Gen.Const(Array.Empty<byte>())), (1, UnknownField()));
        }

        var parts = fields.Select(f => Field(f, depth)).ToArray();
        return Gen.Frequency((9, Gen.OneOf(parts)), (1, UnknownField())).Array[0, 10].Select(Concat);
    }

    /// <summary>One field, tag and value, as the wire carries it (a repeated field is any number of these).</summary>
    private Gen<byte[]> Field(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.Int32 or FieldType.Enum => Encoded(field, WireFormat.WireType.Varint, Ints(), (o, v) => o.WriteInt32(v)),
        FieldType.UInt32 => Encoded(field, WireFormat.WireType.Varint, Ints(), (o, v) => o.WriteUInt32(unchecked((uint)v))),
        FieldType.SInt32 => Encoded(field, WireFormat.WireType.Varint, Ints(), (o, v) => o.WriteSInt32(v)),
        FieldType.Fixed32 or FieldType.SFixed32 => Encoded(field, WireFormat.WireType.Fixed32, Ints(), (o, v) => o.WriteSFixed32(v)),
        FieldType.Int64 or FieldType.UInt64 => Encoded(field, WireFormat.WireType.Varint, Longs(), (o, v) => o.WriteInt64(v)),
        FieldType.SInt64 => Encoded(field, WireFormat.WireType.Varint, Longs(), (o, v) => o.WriteSInt64(v)),
        FieldType.Fixed64 or FieldType.SFixed64 => Encoded(field, WireFormat.WireType.Fixed64, Longs(), (o, v) => o.WriteSFixed64(v)),
        FieldType.Double => Encoded(field, WireFormat.WireType.Fixed64, Doubles(), (o, v) => o.WriteDouble(v)),
        FieldType.Float => Encoded(field, WireFormat.WireType.Fixed32, Doubles(), (o, v) => o.WriteFloat((float)v)),
        FieldType.Bool => Encoded(field, WireFormat.WireType.Varint, Gen.Bool, (o, v) => o.WriteBool(v)),
        FieldType.String => Encoded(field, WireFormat.WireType.LengthDelimited, Strings(), (o, v) => o.WriteString(v)),
        FieldType.Bytes => Encoded(field, WireFormat.WireType.LengthDelimited, Gen.Byte.Array[0, 64], (o, v) => o.WriteBytes(ByteString.CopyFrom(v))),
        _ => Encoded(field, WireFormat.WireType.LengthDelimited, Structured(field.MessageType, depth + 1), (o, v) => o.WriteBytes(ByteString.CopyFrom(v))),
    };

    /// <summary>One repeated field of the message sent thousands of times: past the server's size limit or just under it.</summary>
    private Gen<byte[]> HugeRepeated(MessageDescriptor type)
    {
        var repeated = type.Fields.InDeclarationOrder().Where(f => f.IsRepeated).ToList();
        return repeated.Count == 0
            ? Structured(type, 0)
            : Gen.Select(Gen.OneOf(repeated.Select(f => Field(f, MaxDepth - 1)).ToArray()), Gen.Int[1_000, 40_000], (one, times) => Concat(Enumerable.Repeat(one, times).ToArray()));
    }

    /// <summary>A field number no message declares, with a value of any wire type: a newer client's field, or garbage.</summary>
    private static Gen<byte[]> UnknownField() =>
        Gen.Select(Gen.Int[1_000, 536_870_911], Gen.Int[0, 2], Gen.Long, (number, kind, value) =>
        {
            using var stream = new MemoryStream();
            var output = new CodedOutputStream(stream);
            switch (kind)
            {
                case 0:
                    output.WriteTag(number, WireFormat.WireType.Varint);
                    output.WriteInt64(value);
                    break;
                case 1:
                    output.WriteTag(number, WireFormat.WireType.Fixed64);
                    output.WriteFixed64(unchecked((ulong)value));
                    break;
                default:
                    output.WriteTag(number, WireFormat.WireType.LengthDelimited);
                    output.WriteString(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }

            output.Flush();
            return stream.ToArray();
        });

    /// <summary>A well-formed message broken at the byte level: a flipped byte, a cut, garbage after it, or itself twice (a valid merge).</summary>
    private static Gen<byte[]> Mutated(Gen<byte[]> messages) =>
        Gen.Select(messages, Gen.Int[0, 3], Gen.Int[0, int.MaxValue], (bytes, how, at) =>
        {
            if (bytes.Length == 0)
            {
                return [(byte)at];
            }

            var copy = (byte[])bytes.Clone();
            switch (how)
            {
                case 0:
                    copy[at % copy.Length] ^= (byte)(1 + (at % 255));
                    return copy;
                case 1:
                    return copy[..(at % copy.Length)];
                case 2:
                    return [.. copy, (byte)at, (byte)(at >> 8), (byte)(at >> 16)];
                default:
                    return [.. copy, .. copy];
            }
        });

    private static Gen<int> Ints() => Gen.Frequency(
        (4, Gen.Int[-3, 40]),
        (2, Gen.Int),
        (1, Gen.OneOf(Gen.Const(int.MinValue), Gen.Const(int.MaxValue), Gen.Const(0), Gen.Const(-1), Gen.Const(1_000_001))));

    private static Gen<long> Longs() => Gen.Frequency(
        (4, Gen.Long[-3, 2_000_000_000]),
        (2, Gen.Long),
        // The edges of a protobuf Timestamp's seconds (years 0001 and 9999) and beyond.
        (1, Gen.OneOf(Gen.Const(long.MinValue), Gen.Const(long.MaxValue), Gen.Const(-62_135_596_801L), Gen.Const(253_402_300_800L), Gen.Const(0L))));

    private static Gen<double> Doubles() => Gen.Frequency(
        (3, Gen.Double[-5, 300]),
        (1, Gen.Double),
        (1, Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity), Gen.Const(-0.0), Gen.Const(double.MaxValue), Gen.Const(double.Epsilon))));

    private Gen<string> Strings() => Gen.Frequency(
        (3, Gen.String),
        (2, Gen.OneOf(knownStrings.Select(Gen.Const).ToArray())),
        (2, Gen.Guid.Select(g => g.ToString())),
        (1, Gen.OneOf(
            Gen.Const(string.Empty),
            Gen.Const("not-a-uuid"),
            Gen.Const(Guid.Empty.ToString()),
            Gen.Const("2468"),
            Gen.Const(new string('9', 5_000)),
            Gen.Const("\0"),
            Gen.Const("' OR 1=1 --"),
            Gen.Const("../../etc/passwd"))),
        (1, Gen.Char.Array[0, 100].Select(chars => new string(chars))));

    private static Gen<byte[]> Encoded<T>(FieldDescriptor field, WireFormat.WireType wireType, Gen<T> values, Action<CodedOutputStream, T> write) =>
        values.Select(value =>
        {
            using var stream = new MemoryStream();
            var output = new CodedOutputStream(stream);
            output.WriteTag(field.FieldNumber, wireType);
            write(output, value);
            output.Flush();
            return stream.ToArray();
        });

    private static byte[] Concat(byte[][] parts) => [.. parts.SelectMany(p => p)];
}
