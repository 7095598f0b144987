using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Sets;
using BackLegKiosk.Kiosk.Core;

namespace BackLegKiosk.Chaos;

/// <summary>
/// A kiosk as its own process on the real <see cref="Outbox"/> and <see cref="SyncAgent"/>: members
/// check in, log sets and sign out, over and over, whether the server answers or not. When asked to
/// stop it lets the outbox drain, then exits 0 (3 when it could not drain in time).
/// </summary>
internal static class KioskRole
{
    private static readonly SyncAgentOptions Agent = new() { FirstRetry = TimeSpan.FromMilliseconds(200), MaxRetry = TimeSpan.FromSeconds(2), HeartbeatInterval = TimeSpan.FromSeconds(2) };

    public static async Task<int> RunAsync(KioskSettings settings)
    {
        var random = new Random(settings.Seed);
        var clock = new ServerAlignedClock(new SkewedClock(TimeSpan.FromMinutes(settings.SkewMinutes)));
        using var channel = KioskTransport.Channel($"http://127.0.0.1:{settings.ProxyPort}");
        var transport = new KioskTransport(channel, settings.DeviceKey, TimeProvider.System) { Deadline = TimeSpan.FromSeconds(5) };
        var backend = new GrpcKioskBackend(transport);
        using var outbox = new Outbox(settings.Outbox);
        await using var agent = new SyncAgent(outbox, transport, TimeProvider.System, Agent, clock);
        agent.Start();
        while (!File.Exists(settings.StopFile))
        {
            var member = settings.MemberCodes[random.Next(settings.MemberCodes.Length)];
            if (await VisitAsync(backend, outbox, clock, member, random, settings) is { } token)
            {
                // The member walks off: the check-out waits behind their sets in the outbox.
                await outbox.AddCheckOutAsync(token);
            }
        }

        using var drain = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await agent.WhenDrainedAsync(drain.Token);
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 3;
        }
    }

    /// <summary>One member's visit: check in, plan (or resume), log a few sets; the check-in token, or null when check-in never got an answer.</summary>
    private static async Task<string?> VisitAsync(GrpcKioskBackend backend, Outbox outbox, TimeProvider clock, string member, Random random, KioskSettings settings)
    {
        var checkIn = await backend.CheckInAsync(member, "2468", 8, CancellationToken.None);
        var token = checkIn.Value?.Token;
        var planned = token is null ? null : await backend.PlanAsync(token, CancellationToken.None);
        if (planned is not { Succeeded: true })
        {
            // The server is away: a member would wait at the screen, try again, or sign out.
            await Task.Delay(300);
            return token;
        }

        var plan = planned.Value!.Plan;
        var sets = random.Next(3, 9);
        for (var n = 0; n < sets && !File.Exists(settings.StopFile); n++)
        {
            var exercise = n % 2 == 0 ? plan.Supersets[0].First : plan.Supersets[0].Second;
            var now = clock.GetUtcNow();
            var set = new LoggedSet(Guid.CreateVersion7(now), plan.SessionId, now, new SetKey(exercise.Slot, random.Next(1, 51), false), exercise.ExerciseId, new Load(100, WeightUnit.Kilograms), 5, false, 8);
            await outbox.AddSetAsync(set, token!);
            await Task.Delay(random.Next(20, 120));
        }

        return token;
    }
}
