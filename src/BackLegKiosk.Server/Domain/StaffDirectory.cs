using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Domain;

/// <summary>Staff accounts: added by the command line, verified at sign-in.</summary>
public sealed class StaffDirectory(BackLegDbContext db, TimeProvider time, IOptions<ServerOptions> options)
{
    public async Task<StaffAccountEntity> AddStaffAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        var name = InputRules.Name(username, "username", 64);
        if (password is null || password.Length is < 10 or > 200)
        {
            throw new InvalidFieldException("password", "must be 10-200 characters");
        }

        if (await db.StaffAccounts.AnyAsync(s => s.Username == name, cancellationToken))
        {
            throw new ConflictException("A staff account with this username already exists.");
        }

        var account = new StaffAccountEntity
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Username = name,
            PasswordHash = PinHasher.Hash(password),
            Role = Policies.StaffRole,
            CreatedAt = time.GetUtcNow(),
        };
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>Sets an account's role (staff, or revoked); signed-in cookies pick it up at their next request.</summary>
    public async Task<StaffAccountEntity> SetRoleAsync(string? username, string role, CancellationToken cancellationToken)
    {
        var name = InputRules.Name(username, "username", 64);
        var account = await db.StaffAccounts.SingleOrDefaultAsync(s => s.Username == name, cancellationToken)
            ?? throw new NotFoundException("No staff account with this username.");
        account.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }

    /// <summary>
    /// The account these credentials open. Wrong passwords count against the account as wrong PINs do
    /// against a member, so a password cannot be guessed at sign-in speed; a locked account is refused
    /// even with the right password until the lock runs out.
    /// </summary>
    public async Task<StaffAccountEntity> VerifyStaffAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = string.IsNullOrEmpty(username) ? null
            : await db.StaffAccounts.SingleOrDefaultAsync(s => s.Username == username, cancellationToken);
        if (account is null)
        {
            // The same hashing work as for a real account, so an unknown name is not answered faster.
            PinHasher.Verify(password ?? string.Empty, PinHasher.Decoy);
            throw new NotAuthenticatedException("Username or password is wrong.");
        }

        var accountId = account.Id;
        var settings = options.Value;
        if (GuessLimit.IsLocked(account, now) || !await GuessLimit.TryTakeAttemptAsync(db.StaffAccounts, s => s.Id == accountId, now, settings, cancellationToken))
        {
            throw Locked(GuessLimit.MinutesLeft(account, now));
        }

        if (!PinHasher.Verify(password ?? string.Empty, account.PasswordHash))
        {
            throw await GuessLimit.LockIfSpentAsync(db.StaffAccounts, s => s.Id == accountId, now, settings, cancellationToken)
                ? Locked(settings.PinLockoutMinutes)
                : new NotAuthenticatedException("Username or password is wrong.");
        }

        await GuessLimit.ForgetAsync(db.StaffAccounts, s => s.Id == accountId, cancellationToken);
        return account;
    }

    private static DeniedException Locked(int minutes) =>
        new($"Too many wrong passwords: this account is locked for {minutes} more minutes.");
}
