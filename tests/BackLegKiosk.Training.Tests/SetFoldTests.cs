using BackLegKiosk.Training.Sets;
using CsCheck;

namespace BackLegKiosk.Training.Tests;

public class SetFoldTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);
    private static readonly SetKey A1Set1 = new("A1", 1, false);

    [Fact]
    public void Counted_OneLoggedSet_Counts()
    {
        var set = SetFact.Logged(Guid.NewGuid(), T0, A1Set1);

        Assert.Equal([set.Id], SetFold.Counted([set]));
    }

    [Fact]
    public void Counted_VoidedSet_NoLongerCounts()
    {
        var set = SetFact.Logged(Guid.NewGuid(), T0, A1Set1);

        Assert.Empty(SetFold.Counted([set, SetFact.Voided(Guid.NewGuid(), T0.AddMinutes(1), set.Id)]));
    }

    [Fact]
    public void Counted_Correction_ReplacesTheSetItCorrects()
    {
        var set = SetFact.Logged(Guid.NewGuid(), T0, A1Set1);
        var correction = SetFact.Corrected(Guid.NewGuid(), T0.AddMinutes(1), A1Set1, set.Id);

        Assert.Equal([correction.Id], SetFold.Counted([set, correction]));
    }

    [Fact]
    public void Counted_TheSameSetFromTwoKiosks_CountsTheLaterOnce()
    {
        var first = SetFact.Logged(Guid.NewGuid(), T0, A1Set1);
        var second = SetFact.Logged(Guid.NewGuid(), T0.AddSeconds(30), A1Set1);

        Assert.Equal([second.Id], SetFold.Counted([second, first]));
    }

    [Fact]
    public void Counted_SameSetAtTheSameMoment_TheLargerIdWins()
    {
        var low = SetFact.Logged(Guid.Parse("00000000-0000-7000-8000-000000000001"), T0, A1Set1);
        var high = SetFact.Logged(Guid.Parse("00000000-0000-7000-8000-000000000002"), T0, A1Set1);

        Assert.Equal([high.Id], SetFold.Counted([high, low]));
        Assert.Equal([high.Id], SetFold.Counted([low, high]));
    }

    [Fact]
    public void Counted_WarmUpAndWorkingSetOfTheSameNumber_BothCount()
    {
        var warmUp = SetFact.Logged(Guid.NewGuid(), T0, A1Set1 with { WarmUp = true });
        var working = SetFact.Logged(Guid.NewGuid(), T0.AddMinutes(2), A1Set1);

        Assert.Equal(2, SetFold.Counted([warmUp, working]).Count);
    }

    [Fact]
    public void Counted_AnyOrderOfTheSameFacts_GivesTheSameSets()
    {
        var facts =
            from count in Gen.Int[1, 12]
            from sets in Gen.Select(Gen.Int[1, 3], Gen.Int[1, 3], Gen.Int[0, 120], Gen.Bool).Array[count]
            from voids in Gen.Int[0, count - 1].Array[0, count]
            from seed in Gen.Int
            select (sets, voids, seed);

        facts.Sample(
            t =>
            {
                var logged = t.sets.Select((s, i) => SetFact.Logged(Guid.CreateVersion7(T0.AddSeconds(i)), T0.AddSeconds(s.Item3), new SetKey($"A{s.Item1 % 2 + 1}", s.Item2, s.Item4))).ToList();
                var all = logged.Concat(t.voids.Select((v, i) => SetFact.Voided(Guid.CreateVersion7(T0.AddHours(1).AddSeconds(i)), T0.AddHours(1), logged[v].Id))).ToList();
                var random = new Random(t.seed);
                var shuffled = all.OrderBy(_ => random.Next()).ToList();

                var counted = SetFold.Counted(all);
                Assert.True(counted.SetEquals(SetFold.Counted(shuffled)));
                Assert.Equal(counted.Count, all.Where(f => counted.Contains(f.Id)).Select(f => f.Key).Distinct().Count());
                Assert.DoesNotContain(counted, id => t.voids.Any(v => logged[v].Id == id));
            },
            iter: 1000);
    }
}
