namespace BackLegKiosk.Server.Security;

/// <summary>A kiosk's device key: <c>{kioskId:N}.{secret}</c>. The id finds the kiosk; the secret proves it.</summary>
public readonly record struct DeviceKey(Guid KioskId, string Secret)
{
    public const string Header = Contracts.KioskHeaders.DeviceKey;

    public static DeviceKey New(Guid kioskId) => new(kioskId, Secrets.NewToken());

    public static bool TryParse(string? text, out DeviceKey key)
    {
        key = default;
        if (text is null || text.Length > 200)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot != 32 || !Guid.TryParseExact(text[..dot], "N", out var id) || text.Length - dot - 1 < 20)
        {
            return false;
        }

        key = new DeviceKey(id, text[(dot + 1)..]);
        return true;
    }

    public override string ToString() => $"{KioskId:N}.{Secret}";
}
