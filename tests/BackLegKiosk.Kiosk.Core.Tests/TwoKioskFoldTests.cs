using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;
using CsCheck;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// Two kiosks showing one session take its facts in different orders, with duplicates, voids and
/// corrections: both end with the same sets done, and that is what Training's fold says counts.
/// </summary>
public sealed class TwoKioskFoldTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(FakeBackend.Now);
    private readonly string _outboxPath = Path.Combine(Path.GetTempPath(), "backleg-kiosk-fold-tests", $"{Guid.NewGuid():N}.db");
    private readonly WorkoutPlan _plan = new FakeBackend().Plan;

    /// <summary>Kind 0-6 a set logged, 7-8 a correction, 9 a void; the target is picked among the sets logged before.</summary>
    private static readonly Gen<(int Kind, int Slot, int Set, int Seconds, int Target)> Steps =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1], Gen.Int[1, 3], Gen.Int[0, 30], Gen.Int[0, 20]);

    [Fact]
    public void RandomInterleavings_BothKiosksAgreeWithTheFold()
    {
        using var outbox = new Outbox(_outboxPath);
        using var timer = new RestTimer(_clock);
        Gen.Select(Steps.Array[1, 14], Gen.Int, Gen.Int).Sample(
            (steps, seed1, seed2) =>
            {
                var facts = Facts(steps);
                var first = new WorkoutViewModel(_plan, outbox, timer, _clock, "token", Training.Members.WeightUnit.Kilograms, KioskText.English);
                var second = new WorkoutViewModel(_plan, outbox, timer, _clock, "token", Training.Members.WeightUnit.Kilograms, KioskText.English);
                Deliver(first, facts, seed1);
                Deliver(second, facts, seed2);

                var counted = SetFold.Counted(facts.Select(f => KioskWire.RecordOf(f)!.Fold));
                var expected = facts.Count(f => counted.Contains(Guid.Parse(f.FactId)) && !(f.SetLogged ?? f.SetCorrected.Replacement).WarmUp);
                return first.SetsDone == expected && second.SetsDone == expected;
            },
            iter: 1000);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_outboxPath)!, Path.GetFileName(_outboxPath) + "*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Facts in a random order and random bursts, about one in four arriving twice (the watch and a pull overlap).</summary>
    private static void Deliver(WorkoutViewModel kiosk, List<Fact> facts, int seed)
    {
        var random = new Random(seed);
        var order = facts.Concat(facts.Where(_ => random.Next(4) == 0)).OrderBy(_ => random.Next()).ToList();
        for (var i = 0; i < order.Count;)
        {
            var burst = random.Next(1, 4);
            kiosk.Apply(order.Skip(i).Take(burst).Select(f => KioskWire.RecordOf(f)!));
            i += burst;
        }
    }

    private List<Fact> Facts((int Kind, int Slot, int Set, int Seconds, int Target)[] steps)
    {
        var logged = new List<Fact>();
        var facts = new List<Fact>();
        foreach (var (kind, slot, number, seconds, target) in steps)
        {
            var at = FakeBackend.Now.AddSeconds(seconds);
            var exercise = slot == 0 ? _plan.Supersets[0].First : _plan.Supersets[0].Second;
            var set = new SetLogged { Slot = exercise.Slot, ExerciseId = exercise.ExerciseId, SetNumber = number, Load = 100, Unit = WeightUnit.Kg, Reps = 5 };
            var fact = new Fact { FactId = Guid.CreateVersion7(at).ToString(), SessionId = _plan.SessionId, OccurredAt = Timestamp.FromDateTimeOffset(at) };
            if (kind < 7 || logged.Count == 0)
            {
                fact.SetLogged = set;
                logged.Add(fact);
            }
            else if (kind < 9)
            {
                fact.SetCorrected = new SetCorrected { TargetFactId = logged[target % logged.Count].FactId, Replacement = set };
            }
            else
            {
                fact.SetVoided = new SetVoided { TargetFactId = logged[target % logged.Count].FactId };
            }

            facts.Add(fact);
        }

        return facts;
    }
}
