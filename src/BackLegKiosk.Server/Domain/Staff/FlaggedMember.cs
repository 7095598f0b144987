namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A member's flags over a span: counts per kind, each flag newest first, and the coaches' overrides in the span.</summary>
public sealed record FlaggedMember(
    Guid MemberId,
    string Code,
    string DisplayName,
    int TooSoon,
    int TooOften,
    int NotSuited,
    int ShortSleep,
    IReadOnlyList<MemberFlag> Flags,
    IReadOnlyList<Coaching.GrantedOverride> Overrides);
