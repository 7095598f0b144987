namespace BackLegKiosk.Server.Data.Entities;

/// <summary>A secret people type (a member's PIN, a staff password) that too many wrong guesses lock for a while.</summary>
public interface IGuessable
{
    /// <summary>The stored hash a guess is checked against.</summary>
    string SecretHash { get; }

    int FailedGuesses { get; set; }

    DateTimeOffset? FirstFailedGuessAt { get; set; }

    DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The mapped property the store keeps <see cref="FailedGuesses"/> in, for updates done in SQL.</summary>
    static abstract string FailedGuessesColumn { get; }

    /// <summary>The mapped property the store keeps <see cref="FirstFailedGuessAt"/> in.</summary>
    static abstract string FirstFailedGuessAtColumn { get; }

    /// <summary>The mapped property the store keeps <see cref="LockedUntil"/> in.</summary>
    static abstract string LockedUntilColumn { get; }
}
