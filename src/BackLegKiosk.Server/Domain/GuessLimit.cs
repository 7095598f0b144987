using BackLegKiosk.Server.Data.Entities;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// <see cref="ServerOptions.PinAttempts"/> wrong guesses within <see cref="ServerOptions.PinLockoutMinutes"/>
/// lock the secret for that long, so neither four digits nor a password can be tried until found.
/// </summary>
public static class GuessLimit
{
    public static bool IsLocked(IGuessable secret, DateTimeOffset now) => secret.LockedUntil > now;

    public static int MinutesLeft(IGuessable secret, DateTimeOffset now) =>
        Math.Max(1, (int)Math.Ceiling(((secret.LockedUntil ?? now) - now).TotalMinutes));

    /// <summary>Counts a wrong guess; true when it locked the secret.</summary>
    public static bool RecordFailure(IGuessable secret, DateTimeOffset now, ServerOptions settings)
    {
        var window = TimeSpan.FromMinutes(settings.PinLockoutMinutes);
        if (secret.FirstFailedGuessAt is null || now - secret.FirstFailedGuessAt > window)
        {
            secret.FirstFailedGuessAt = now;
            secret.FailedGuesses = 0;
        }

        secret.FailedGuesses++;
        if (secret.FailedGuesses < settings.PinAttempts)
        {
            return false;
        }

        Reset(secret);
        secret.LockedUntil = now + window;
        return true;
    }

    public static void Reset(IGuessable secret)
    {
        secret.FailedGuesses = 0;
        secret.FirstFailedGuessAt = null;
        secret.LockedUntil = null;
    }
}
