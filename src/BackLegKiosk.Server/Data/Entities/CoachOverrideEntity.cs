namespace BackLegKiosk.Server.Data.Entities;

/// <summary>A coach letting a member train today against R8 or R9: the audit of who, when, which rule and why.</summary>
public sealed class CoachOverrideEntity
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    public Guid StaffAccountId { get; set; }

    /// <summary>The coach's sign-in name when they made it, kept if the account is later renamed or removed.</summary>
    public required string StaffUsername { get; set; }

    /// <summary>R8 or R9.</summary>
    public required string Rule { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
