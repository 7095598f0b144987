using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Server.Data.Entities;

public sealed class MemberEntity : IGuessable
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string DisplayName { get; set; }

    public required string PinHash { get; set; }

    public Experience Experience { get; set; }

    public TrainingGoal Goal { get; set; }

    public int SplitDaySetsLegs { get; set; }

    public int SplitDaySetsBack { get; set; }

    public double BodyWeightKg { get; set; }

    /// <summary>Exercise id to one-rep max in kg, as JSON: a small map read whole with the member.</summary>
    public string OneRepMaxesJson { get; set; } = "{}";

    public int AvailableMinutes { get; set; }

    public WeightUnit Units { get; set; }

    /// <summary>The language the member's screens speak; null follows each kiosk's own.</summary>
    public Language? Language { get; set; }

    public DateTimeOffset EnrolledAt { get; set; }

    public int FailedPinCount { get; set; }

    public DateTimeOffset? FirstFailedPinAt { get; set; }

    public DateTimeOffset? PinLockedUntil { get; set; }

    string IGuessable.SecretHash => PinHash;

    int IGuessable.FailedGuesses { get => FailedPinCount; set => FailedPinCount = value; }

    DateTimeOffset? IGuessable.FirstFailedGuessAt { get => FirstFailedPinAt; set => FirstFailedPinAt = value; }

    DateTimeOffset? IGuessable.LockedUntil { get => PinLockedUntil; set => PinLockedUntil = value; }

    static string IGuessable.FailedGuessesColumn => nameof(FailedPinCount);

    static string IGuessable.FirstFailedGuessAtColumn => nameof(FirstFailedPinAt);

    static string IGuessable.LockedUntilColumn => nameof(PinLockedUntil);
}
