namespace BackLegKiosk.Server.Domain.Coaching;

/// <summary>One coach's override as staff read it back: when, which rule, who, and why.</summary>
public sealed record GrantedOverride(DateTimeOffset At, string Rule, string By, string Reason)
{
    public override string ToString() => $"{Rule} set aside by {By}: {Reason}";
}
