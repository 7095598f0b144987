namespace BackLegKiosk.Contracts;

/// <summary>The metadata a kiosk sends with its calls: written once here for the server and every client.</summary>
public static class KioskHeaders
{
    /// <summary>The kiosk's device key, on every kiosk call.</summary>
    public const string DeviceKey = "x-device-key";

    /// <summary>The member's check-in token, on calls made for a checked-in member.</summary>
    public const string CheckInToken = "x-checkin-token";
}
