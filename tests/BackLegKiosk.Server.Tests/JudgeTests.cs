using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Server.Domain.Facts;

namespace BackLegKiosk.Server.Tests;

/// <summary>The judge's decisions on their own, with no database: a ledger built by hand stands in for the store.</summary>
public class JudgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(90);
    private readonly Guid _member = Guid.NewGuid();
    private readonly Guid _kiosk = Guid.NewGuid();
    private readonly SessionEntity _session;
    private readonly FactLedger _ledger = new();

    public JudgeTests()
    {
        _session = new SessionEntity { Id = Guid.NewGuid(), MemberId = _member, PlannedAt = Now.AddMinutes(-30), PlanJson = "{}" };
        _ledger.Sessions[_session.Id] = _session;
        _ledger.Sets[_session.Id] = [];
    }

    [Fact]
    public void Decide_ANewSet_IsAcceptedStampedAndStartsTheSession()
    {
        var set = Set("A1", 1, Now.AddMinutes(-5));

        var verdict = Assert.Single(Decide(set));

        Assert.Equal(FactOutcome.Accepted, verdict.Outcome);
        Assert.Equal((_member, _kiosk, Now), (set.MemberId, set.KioskId, set.ReceivedAt));
        Assert.Equal(Now.AddMinutes(-5), _session.StartedAt);
        Assert.Contains(set, _ledger.Sets[_session.Id]);
    }

    [Fact]
    public void Decide_TheSameIdTwiceInOnePush_SecondIsADuplicate()
    {
        var set = Set("A1", 1, Now);
        var again = Set("A1", 1, Now, set.Id);

        Assert.Equal([FactOutcome.Accepted, FactOutcome.Duplicate], Decide(set, again).Select(v => v.Outcome));
    }

    [Fact]
    public void Decide_AnIdAlreadyStored_IsADuplicateWithTheStoredSequence()
    {
        var set = Set("A1", 1, Now);
        _ledger.Known[set.Id] = 41;

        var verdict = Assert.Single(Decide(set));

        Assert.Equal((FactOutcome.Duplicate, 41L), (verdict.Outcome, verdict.Sequence));
    }

    [Fact]
    public void Decide_ASecondSetInTheSameSlotAndNumber_SettlesAsACorrectionOfTheFirst()
    {
        var first = Set("A1", 1, Now.AddMinutes(-2));
        var second = Set("A1", 1, Now.AddMinutes(-1));

        var verdicts = Decide(first, second);

        Assert.Equal((FactOutcome.SettledAsCorrection, first.Id), (verdicts[1].Outcome, verdicts[1].SameSetAs));
    }

    [Fact]
    public void Decide_AnotherMembersSession_IsRefusedNamingTheSession()
    {
        _session.MemberId = Guid.NewGuid();

        var verdict = Assert.Single(Decide(Set("A1", 1, Now)));

        Assert.Equal((FactOutcome.Rejected, FactPart.SessionId), (verdict.Outcome, verdict.RefusedPart));
    }

    [Fact]
    public void Decide_AClockTooFarAheadOrAFactTooOld_IsRefusedNamingTheTime()
    {
        var verdicts = Decide(Set("A1", 1, Now + MaxAhead + TimeSpan.FromSeconds(1)), Set("A1", 2, Now - Judge.MaxAge - TimeSpan.FromSeconds(1)));

        Assert.All(verdicts, v => Assert.Equal(FactPart.OccurredAt, v.RefusedPart));
        Assert.Contains("BackLeg:ClockAheadMinutes", verdicts[0].Reason, StringComparison.Ordinal);
        Assert.Empty(_ledger.Sets[_session.Id]);
    }

    [Fact]
    public void Decide_AfterCompletion_TakesALateSetDoneBeforeButNothingAfter()
    {
        _session.CompletedAt = Now.AddMinutes(-10);

        var verdicts = Decide(Set("A1", 1, Now.AddMinutes(-20)), Set("A1", 2, Now.AddMinutes(-5)), Completed(Now));

        Assert.Equal([FactOutcome.Accepted, FactOutcome.Rejected, FactOutcome.Rejected], verdicts.Select(v => v.Outcome));
        Assert.Equal(FactPart.Whole, verdicts[1].RefusedPart);
    }

    [Fact]
    public void Decide_AVoidOfASetNotInTheSession_IsRefusedNamingTheTarget()
    {
        var voided = new FactEntity { Id = Guid.NewGuid(), SessionId = _session.Id, Kind = FactKind.SetVoided, OccurredAt = Now, TargetFactId = Guid.NewGuid() };

        var verdict = Assert.Single(Decide(voided));

        Assert.Equal(FactPart.TargetFactId, verdict.RefusedPart);
    }

    [Fact]
    public void Decide_CompletionFollowedByAnotherCompletion_TakesOnlyTheFirst()
    {
        var verdicts = Decide(Completed(Now.AddMinutes(-1)), Completed(Now));

        Assert.Equal([FactOutcome.Accepted, FactOutcome.Rejected], verdicts.Select(v => v.Outcome));
        Assert.Equal(Now.AddMinutes(-1), _session.CompletedAt);
    }

    private FactVerdict[] Decide(params FactEntity[] facts) => Judge.Decide(_kiosk, _member, facts, Now, MaxAhead, _ledger);

    private FactEntity Set(string slot, int number, DateTimeOffset at, Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        SessionId = _session.Id,
        Kind = FactKind.SetLogged,
        OccurredAt = at,
        Slot = slot,
        SetNumber = number,
        ExerciseId = "back-squat",
        LoadKg = 100,
        Reps = 5,
    };

    private FactEntity Completed(DateTimeOffset at) => new() { Id = Guid.NewGuid(), SessionId = _session.Id, Kind = FactKind.SessionCompleted, OccurredAt = at };
}
