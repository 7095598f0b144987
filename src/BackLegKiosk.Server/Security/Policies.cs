namespace BackLegKiosk.Server.Security;

public static class Policies
{
    public const string Kiosk = "kiosk";
    public const string Staff = "staff";
    public const string StaffRole = "staff";
    public const string DeviceScheme = "Device";
    public const string KioskIdClaim = "kiosk_id";
    public const string CheckInHeader = "x-checkin-token";
}
