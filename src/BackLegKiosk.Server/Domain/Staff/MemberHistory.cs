using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Server.Domain.Staff;

/// <summary>A member's profile, sessions, weekly volume and lifts, for staff.</summary>
public sealed record MemberHistory(
    Guid MemberId,
    string DisplayName,
    MemberProfile Profile,
    IReadOnlyList<SessionSummary> Sessions,
    IReadOnlyList<WeeklyVolume> Weekly,
    IReadOnlyList<ExerciseProgress> Exercises);
