using System.Linq.Expressions;
using BackLegKiosk.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>
/// <see cref="ServerOptions.PinAttempts"/> wrong guesses within <see cref="ServerOptions.PinLockoutMinutes"/>
/// lock the secret for that long, so neither four digits nor a password can be tried until found.
/// Each guess first takes one of the window's attempts in a single UPDATE (<see cref="TryTakeAttemptAsync"/>),
/// so guesses sent in parallel cannot all see "no failures yet": at most that many are ever checked.
/// </summary>
public static class GuessLimit
{
    /// <summary>
    /// Checks a guess at the secret of <paramref name="found"/> (null for a name nobody has) and returns it
    /// when right. An unknown name, a wrong guess and a locked secret all end in <paramref name="wrong"/>
    /// after the same hashing work, so neither the answer nor its time tells a guesser which names exist
    /// or which are locked.
    /// </summary>
    public static async Task<T> CheckGuessAsync<T>(DbSet<T> secrets, T? found, Expression<Func<T, bool>> which, string guess, DateTimeOffset now, ServerOptions settings, Func<Exception> wrong, CancellationToken cancellationToken)
        where T : class, IGuessable
    {
        if (found is null || IsLocked(found, now) || !await TryTakeAttemptAsync(secrets, which, now, settings, cancellationToken))
        {
            PinHasher.Verify(guess, PinHasher.Decoy);
            throw wrong();
        }

        if (!PinHasher.Verify(guess, found.SecretHash))
        {
            await LockIfSpentAsync(secrets, which, now, settings, cancellationToken);
            throw wrong();
        }

        await ForgetAsync(secrets, which, cancellationToken);
        return found;
    }

    public static bool IsLocked(IGuessable secret, DateTimeOffset now) => secret.LockedUntil > now;

    public static int MinutesLeft(IGuessable secret, DateTimeOffset now) =>
        Math.Max(1, (int)Math.Ceiling(((secret.LockedUntil ?? now) - now).TotalMinutes));

    // The store is reached through EF.Property by each entity's own column names (IGuessable's static
    // members): EF translates an entity's mapped properties, not members reached through the interface.

    /// <summary>
    /// Takes one attempt of the window for the secret <paramref name="which"/> selects, atomically in the
    /// store; false when it is locked or the window's attempts are all taken (spent or still being checked).
    /// </summary>
    public static async Task<bool> TryTakeAttemptAsync<T>(DbSet<T> secrets, Expression<Func<T, bool>> which, DateTimeOffset now, ServerOptions settings, CancellationToken cancellationToken)
        where T : class, IGuessable
    {
        var (failed, first, locked) = (T.FailedGuessesColumn, T.FirstFailedGuessAtColumn, T.LockedUntilColumn);
        var cutoff = now - TimeSpan.FromMinutes(settings.PinLockoutMinutes);
        var attempts = settings.PinAttempts;
        var taken = await secrets
            .Where(which)
            .Where(s => EF.Property<DateTimeOffset?>(s, locked) == null || EF.Property<DateTimeOffset?>(s, locked) <= now)
            .Where(s => EF.Property<DateTimeOffset?>(s, first) == null || EF.Property<DateTimeOffset?>(s, first) < cutoff || EF.Property<int>(s, failed) < attempts)
            .ExecuteUpdateAsync(
                u => u
                    .SetProperty(
                        s => EF.Property<int>(s, failed),
                        s => EF.Property<DateTimeOffset?>(s, first) == null || EF.Property<DateTimeOffset?>(s, first) < cutoff ? 1 : EF.Property<int>(s, failed) + 1)
                    .SetProperty(
                        s => EF.Property<DateTimeOffset?>(s, first),
                        s => EF.Property<DateTimeOffset?>(s, first) == null || EF.Property<DateTimeOffset?>(s, first) < cutoff ? now : EF.Property<DateTimeOffset?>(s, first))
                    .SetProperty(s => EF.Property<DateTimeOffset?>(s, locked), (DateTimeOffset?)null),
                cancellationToken);
        return taken == 1;
    }

    /// <summary>A wrong guess whose attempt was taken: the secret locks once the window's attempts are spent; true when it did.</summary>
    public static async Task<bool> LockIfSpentAsync<T>(DbSet<T> secrets, Expression<Func<T, bool>> which, DateTimeOffset now, ServerOptions settings, CancellationToken cancellationToken)
        where T : class, IGuessable
    {
        var (failed, first, locked) = (T.FailedGuessesColumn, T.FirstFailedGuessAtColumn, T.LockedUntilColumn);
        return await secrets
            .Where(which)
            .Where(s => EF.Property<int>(s, failed) >= settings.PinAttempts)
            .ExecuteUpdateAsync(
                u => u
                    .SetProperty(s => EF.Property<DateTimeOffset?>(s, locked), now + TimeSpan.FromMinutes(settings.PinLockoutMinutes))
                    .SetProperty(s => EF.Property<int>(s, failed), 0)
                    .SetProperty(s => EF.Property<DateTimeOffset?>(s, first), (DateTimeOffset?)null),
                cancellationToken) == 1;
    }

    /// <summary>A right guess: its attempt and any earlier failures are forgotten.</summary>
    public static Task ForgetAsync<T>(DbSet<T> secrets, Expression<Func<T, bool>> which, CancellationToken cancellationToken)
        where T : class, IGuessable
    {
        var (failed, first, locked) = (T.FailedGuessesColumn, T.FirstFailedGuessAtColumn, T.LockedUntilColumn);
        return secrets.Where(which).ExecuteUpdateAsync(
            u => u
                .SetProperty(s => EF.Property<int>(s, failed), 0)
                .SetProperty(s => EF.Property<DateTimeOffset?>(s, first), (DateTimeOffset?)null)
                .SetProperty(s => EF.Property<DateTimeOffset?>(s, locked), (DateTimeOffset?)null),
            cancellationToken);
    }

    public static void Reset(IGuessable secret)
    {
        secret.FailedGuesses = 0;
        secret.FirstFailedGuessAt = null;
        secret.LockedUntil = null;
    }
}
