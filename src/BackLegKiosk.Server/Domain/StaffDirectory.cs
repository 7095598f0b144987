using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Security;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>Staff accounts: added by the command line, verified at sign-in.</summary>
public sealed class StaffDirectory(BackLegDbContext db, TimeProvider time)
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
            Id = Guid.CreateVersion7(),
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

    public async Task<StaffAccountEntity> VerifyStaffAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        var account = string.IsNullOrEmpty(username) ? null
            : await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(s => s.Username == username, cancellationToken);
        var ok = PinHasher.Verify(password ?? string.Empty, account?.PasswordHash ?? PinHasher.Decoy);
        return ok && account is not null ? account : throw new NotAuthenticatedException("Username or password is wrong.");
    }
}
