using BackLegKiosk.Server.Domain.Failures;

namespace BackLegKiosk.Server.Domain;

/// <summary>Checks on the identifiers people type; each failure names the field and never echoes a secret.</summary>
public static class InputRules
{
    public static string MemberCode(string? code, string field = "member_code")
    {
        var trimmed = code?.Trim() ?? string.Empty;
        return trimmed.Length is >= 4 and <= 12 && trimmed.All(char.IsAsciiDigit)
            ? trimmed
            : throw new InvalidFieldException(field, "must be 4-12 digits");
    }

    public static string Pin(string? pin, string field = "pin") =>
        pin is { Length: >= 4 and <= 8 } && pin.All(char.IsAsciiDigit)
            ? pin
            : throw new InvalidFieldException(field, "must be 4-8 digits");

    public static string Name(string? name, string field, int maxLength)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > maxLength || trimmed.Any(char.IsControl))
        {
            throw new InvalidFieldException(field, $"must be 1-{maxLength} printable characters");
        }

        return trimmed;
    }

    public static Guid Id(string? text, string field) =>
        Guid.TryParse(text, out var id) && id != Guid.Empty ? id : throw new InvalidFieldException(field, "must be a UUID");

    public static double SleepHours(double hours, string field = "sleep_hours") =>
        double.IsFinite(hours) && hours is >= 0 and <= 24 ? hours : throw new InvalidFieldException(field, "must be between 0 and 24");
}
