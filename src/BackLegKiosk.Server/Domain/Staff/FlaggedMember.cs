namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A member's flags over a span: counts per kind and each flag, newest first.</summary>
public sealed record FlaggedMember(
    Guid MemberId,
    string Code,
    string DisplayName,
    int TooSoon,
    int TooOften,
    int NotSuited,
    int ShortSleep,
    IReadOnlyList<MemberFlag> Flags);
