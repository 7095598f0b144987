namespace BackLegKiosk.Server.Domain.Facts;

/// <summary>Who follows a session live, and with what right: re-checked after every wait of the stream.</summary>
/// <param name="MemberId">The member checked in on the watching kiosk; the session must be theirs.</param>
/// <param name="SessionId">The session followed.</param>
/// <param name="CheckInId">The check-in behind the stream; once it ends, so does the stream.</param>
/// <param name="KioskId">The watching kiosk.</param>
/// <param name="KeyHash">The stored form of the key it called with; revoked or replaced, the stream ends.</param>
public sealed record SessionWatcher(Guid MemberId, Guid SessionId, Guid CheckInId, Guid KioskId, string KeyHash);
