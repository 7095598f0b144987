using BackLegKiosk.Server.Domain.Failures;
using Google.Protobuf.WellKnownTypes;

namespace BackLegKiosk.Server.Mapping;

/// <summary>Times on the wire: a protobuf timestamp in, a <see cref="DateTimeOffset"/> out.</summary>
public static class Timestamps
{
    /// <summary>The time, or <see cref="InvalidFieldException"/> naming <paramref name="field"/> when it is missing or out of range.</summary>
    public static DateTimeOffset FromProto(Timestamp? value, string field)
    {
        if (value is null)
        {
            throw new InvalidFieldException(field, "is required");
        }

        try
        {
            return value.ToDateTimeOffset();
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidFieldException(field, "is not a valid time");
        }
    }
}
