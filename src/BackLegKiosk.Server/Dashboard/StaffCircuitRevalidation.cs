using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Dashboard;

/// <summary>
/// An open dashboard (a Blazor circuit) keeps the identity it started with until something checks it
/// again: this checks the account every <see cref="ServerOptions.StaffRevalidateSeconds"/>, and a
/// revoked or removed account's pages go to the sign-in page, not on showing members' data.
/// </summary>
public sealed class StaffCircuitRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<ServerOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.StaffRevalidateSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (Policies.StaffId(authenticationState.User) is not { } id)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffDirectory>().StillStaffAsync(id, cancellationToken);
    }
}
