namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>One flag raised at one check-in, with the rule behind it.</summary>
public sealed record MemberFlag(DateTimeOffset At, FlagKind Kind, string RuleId);
