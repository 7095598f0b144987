namespace BackLegKiosk.Server.Security;

public static class Policies
{
    public const string Kiosk = "kiosk";
    public const string Staff = "staff";
    public const string StaffRole = "staff";

    /// <summary>The role of an account whose staff access was taken away: it can still sign in, and sees nothing.</summary>
    public const string RevokedRole = "revoked";

    /// <summary>The dashboard's policy: a staff-role account signed in with the dashboard cookie.</summary>
    public const string StaffDashboard = "staff-dashboard";
    public const string StaffCookieScheme = "StaffCookie";
    public const string DeviceScheme = "Device";
    public const string KioskIdClaim = "kiosk_id";
    public const string CheckInHeader = Contracts.KioskHeaders.CheckInToken;

    /// <summary>The staff account a bearer token was issued to, or a dashboard cookie signed in; null for any other caller.</summary>
    public static Guid? StaffId(System.Security.Claims.ClaimsPrincipal? principal) =>
        Guid.TryParse(
            (principal?.FindFirst(Microsoft.IdentityModel.JsonWebTokens.JwtRegisteredClaimNames.Sub) ?? principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier))?.Value,
            out var id) ? id : null;
}
