namespace BackLegKiosk.Server.Data.Entities;

/// <summary>A secret people type (a member's PIN, a staff password) that too many wrong guesses lock for a while.</summary>
public interface IGuessable
{
    int FailedGuesses { get; set; }

    DateTimeOffset? FirstFailedGuessAt { get; set; }

    DateTimeOffset? LockedUntil { get; set; }
}
