namespace BackLegKiosk.Server.Data.Entities;

/// <summary>
/// A kiosk still to purge an erased member's session from its outbox. The session's rows are gone, so the
/// id points at nothing here; the notice goes once the kiosk says it has purged (its next heartbeat).
/// </summary>
public sealed class ErasureNoticeEntity
{
    public Guid KioskId { get; set; }

    public Guid SessionId { get; set; }
}
