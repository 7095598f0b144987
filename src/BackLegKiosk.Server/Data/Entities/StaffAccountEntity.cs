namespace BackLegKiosk.Server.Data.Entities;

public sealed class StaffAccountEntity : IGuessable
{
    public Guid Id { get; set; }

    public required string Username { get; set; }

    public required string PasswordHash { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int FailedGuesses { get; set; }

    public DateTimeOffset? FirstFailedGuessAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    string IGuessable.SecretHash => PasswordHash;

    static string IGuessable.FailedGuessesColumn => nameof(FailedGuesses);

    static string IGuessable.FirstFailedGuessAtColumn => nameof(FirstFailedGuessAt);

    static string IGuessable.LockedUntilColumn => nameof(LockedUntil);
}
