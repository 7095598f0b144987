using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Kiosk.Core;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Failures;
using BackLegKiosk.Server.Domain.HandOffs;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Training.Catalog;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server.Dashboard.Phone;

/// <summary>
/// A phone's facts go where a kiosk's pushed facts go: checked field by field by <see cref="PushMapping"/>
/// and judged and stored by the <see cref="FactWriter"/>, so a set from a phone counts, settles and
/// reaches the dashboard exactly like one from a kiosk. Each write first checks that the phone still
/// holds the session; a kiosk check-in by the member ends it.
/// </summary>
public sealed class PhoneFacts(IServiceScopeFactory scopes, Guid memberId) : IFactStore
{
    public async Task AddAsync(Fact fact, string checkInToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<CheckInDesk>().ResolveAsync(PhoneKiosk.Id, checkInToken, cancellationToken);
        var push = PushMapping.FromProto([fact], services.GetRequiredService<IOptions<ServerOptions>>().Value.MaxBatch, services.GetRequiredService<ExerciseCatalog>());
        var verdict = (await services.GetRequiredService<FactWriter>().WriteAsync(PhoneKiosk.Id, memberId, push.Entities, cancellationToken))[0];
        if (verdict.RefusedPart is { } part)
        {
            throw new FactRefusedException(part, verdict.Reason ?? "refused");
        }
    }
}
