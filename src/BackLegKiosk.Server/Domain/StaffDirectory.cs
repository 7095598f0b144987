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
    /// <summary>
    /// Whether the account holds staff access now: it still exists and its role was not taken away. Asked
    /// on every staff call and between a staff stream's messages, so a token or a stream issued before a
    /// revocation stops working at its next request, not when it expires.
    /// </summary>
    public Task<bool> StillStaffAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.StaffAccounts.AnyAsync(s => s.Id == accountId && s.Role == Policies.StaffRole, cancellationToken);

    public async Task<StaffAccountEntity> VerifyStaffAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = string.IsNullOrEmpty(username) ? null
            : await db.StaffAccounts.SingleOrDefaultAsync(s => s.Username == username, cancellationToken);
        var accountId = account?.Id;
        return await GuessLimit.CheckGuessAsync(db.StaffAccounts, account, s => s.Id == accountId, password ?? string.Empty, now, options.Value, WrongPassword, cancellationToken);
    }

    private static NotAuthenticatedException WrongPassword() => new("Username or password is wrong.");
}
