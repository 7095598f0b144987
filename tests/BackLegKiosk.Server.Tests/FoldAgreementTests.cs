using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;
using CsCheck;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Server.Mapping;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>
/// Two kiosks on one session, facts delivered in random order and batches, some twice, with voids and
/// corrections: the server's counts (the dashboard's SQL over facts.Counted, kept at ingest) equal
/// Training's fold over the same facts, which is what every kiosk computes; and the usage rollups, kept
/// at ingest too, count exactly the sets that count, after every delivery.
/// </summary>
public class FoldAgreementTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>One step of a session: a set logged, or a void or correction of an earlier logged set.</summary>
    private sealed record Step(int Kind, int Slot, int SetNumber, bool WarmUp, int Seconds, int Target, int Kiosk);

    private static readonly Gen<Step> Steps =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1], Gen.Int[1, 3], Gen.Bool, Gen.Int[0, 30], Gen.Int[0, 20], Gen.Int[0, 1])
            .Select((kind, slot, set, warmUp, seconds, target, kiosk) => new Step(kind < 7 ? 0 : kind < 9 ? 1 : 2, slot, set, warmUp && set == 1, seconds, target, kiosk));

    [Fact]
    public async Task RandomDeliveries_ServerCountsEqualTheFold()
    {
        // One real plan through gRPC gives the session its supersets; the 1,000 cases then each open a
        // session of their own in the store and push through the ingest path the RPC uses, which keeps
        // a case at milliseconds instead of two PBKDF2 check-ins.
        var member = await server.EnrollAsync();
        var (_, plan) = await server.CheckInAndPlanAsync(member);
        var kiosks = new[] { KioskId(server.KioskKey1), KioskId(server.KioskKey2) };
        await Gen.Select(Steps.Array[1, 12], Gen.Int, Gen.Int[1, 4]).SampleAsync(
            async (steps, order, batch) => await AgreeAsync(Guid.Parse(member.MemberId), kiosks, plan, steps, order, batch),
            iter: 1000,
            threads: 1);
    }

    private async Task AgreeAsync(Guid memberId, Guid[] kiosks, SessionPlan template, Step[] steps, int order, int batch)
    {
        var plan = await OpenSessionAsync(memberId, kiosks[0], template);
        var facts = Facts(plan, steps);
        await using var scope = server.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<FactWriter>();
        foreach (var chunk in Delivery(facts, order).Chunk(batch))
        {
            var push = PushMapping.FromProto([.. chunk.Select(c => c.Fact)], new ServerOptions().MaxBatch, Training.Catalog.ExerciseCatalog.Default);
            var results = push.ToProto(await writer.WriteAsync(kiosks[chunk[0].Kiosk], memberId, push.Entities, CancellationToken.None)).Results;
            Assert.DoesNotContain(results, r => r.Outcome == FactOutcome.Rejected);
        }

        var counted = SetFold.Counted(facts.Select(f => Fold(f.Fact)));
        var expected = facts.Where(f => counted.Contains(Guid.Parse(f.Fact.FactId)) && !Set(f.Fact).WarmUp).GroupBy(f => Set(f.Fact).Slot).ToDictionary(g => g.Key, g => g.Count());
        var history = await scope.ServiceProvider.GetRequiredService<StaffQueries>().MemberHistoryAsync(memberId, CancellationToken.None);
        var session = history.Sessions.Single(s => s.SessionId == Guid.Parse(plan.SessionId));
        var legs = plan.Supersets[0].First.Region == BodyRegion.Legs ? "A1" : "A2";
        Assert.Equal(expected.GetValueOrDefault(legs), session.LegsSets);
        Assert.Equal(expected.GetValueOrDefault(legs == "A1" ? "A2" : "A1"), session.BackSets);
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        Assert.Equal(await db.Facts.CountedSets().CountAsync(), await db.UsageRollups.SumAsync(u => u.Sets));
    }

    /// <summary>A session of the template's plan, stored as one the member left (so many can exist at once), which still takes its facts.</summary>
    private async Task<SessionPlan> OpenSessionAsync(Guid memberId, Guid kioskId, SessionPlan template)
    {
        server.Clock.Advance(TimeSpan.FromHours(1));
        var now = server.Clock.GetUtcNow();
        var plan = template.Clone();
        plan.SessionId = Guid.CreateVersion7(now).ToString();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackLegDbContext>();
        db.Sessions.Add(new SessionEntity
        {
            Id = Guid.Parse(plan.SessionId),
            MemberId = memberId,
            KioskId = kioskId,
            CheckInId = Guid.CreateVersion7(now),
            PlannedAt = now,
            AbandonedAt = now,
            Focus = Training.Catalog.BodyRegion.Legs,
            PlanJson = "{}",
        });
        await db.SaveChangesAsync();
        return plan;
    }

    private static Guid KioskId(string deviceKey) => Guid.ParseExact(deviceKey[..32], "N");

    private List<(Fact Fact, int Kiosk)> Facts(SessionPlan plan, Step[] steps)
    {
        var start = server.Clock.GetUtcNow();
        var logged = new List<Fact>();
        var facts = new List<(Fact, int)>();
        foreach (var step in steps)
        {
            var at = start.AddSeconds(step.Seconds);
            var exercise = step.Slot == 0 ? plan.Supersets[0].First : plan.Supersets[0].Second;
            var set = new SetLogged { Slot = exercise.Slot, ExerciseId = exercise.ExerciseId, SetNumber = step.SetNumber, WarmUp = step.WarmUp, Load = 100, Unit = WeightUnit.Kg, Reps = 5 };
            var fact = new Fact { FactId = Guid.CreateVersion7(at).ToString(), SessionId = plan.SessionId, OccurredAt = Timestamp.FromDateTimeOffset(at) };
            if (step.Kind == 0 || logged.Count == 0)
            {
                fact.SetLogged = set;
                logged.Add(fact);
            }
            else if (step.Kind == 1)
            {
                fact.SetCorrected = new SetCorrected { TargetFactId = logged[step.Target % logged.Count].FactId, Replacement = set };
            }
            else
            {
                fact.SetVoided = new SetVoided { TargetFactId = logged[step.Target % logged.Count].FactId };
            }

            facts.Add((fact, step.Kiosk));
        }

        return facts;
    }

    /// <summary>A random order in which a void or correction still follows its target (the server refuses one that names a set it has not got), some facts sent twice.</summary>
    private static List<(Fact Fact, int Kiosk)> Delivery(List<(Fact Fact, int Kiosk)> facts, int seed)
    {
        var random = new Random(seed);
        var waiting = facts.OrderBy(_ => random.Next()).ToList();
        var sent = new HashSet<string>();
        var order = new List<(Fact, int)>();
        while (waiting.Count > 0)
        {
            var next = waiting.First(f => Target(f.Fact) is not { } target || sent.Contains(target));
            waiting.Remove(next);
            sent.Add(next.Fact.FactId);
            order.Add(next);
            if (random.Next(4) == 0)
            {
                order.Add((next.Fact, 1 - next.Kiosk));
            }
        }

        return order;
    }

    private static string? Target(Fact fact) => fact.SetVoided?.TargetFactId ?? fact.SetCorrected?.TargetFactId;

    private static SetLogged Set(Fact fact) => fact.SetLogged ?? fact.SetCorrected?.Replacement ?? new SetLogged();

    private static SetFact Fold(Fact fact) => fact.BodyCase switch
    {
        Fact.BodyOneofCase.SetLogged => SetFact.Logged(Guid.Parse(fact.FactId), fact.OccurredAt.ToDateTimeOffset(), new SetKey(fact.SetLogged.Slot, fact.SetLogged.SetNumber, fact.SetLogged.WarmUp)),
        Fact.BodyOneofCase.SetCorrected => SetFact.Corrected(Guid.Parse(fact.FactId), fact.OccurredAt.ToDateTimeOffset(), new SetKey(Set(fact).Slot, Set(fact).SetNumber, Set(fact).WarmUp), Guid.Parse(fact.SetCorrected.TargetFactId)),
        _ => SetFact.Voided(Guid.Parse(fact.FactId), fact.OccurredAt.ToDateTimeOffset(), Guid.Parse(fact.SetVoided.TargetFactId)),
    };
}
