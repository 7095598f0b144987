using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

public sealed class KioskViewModelTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(FakeBackend.Now);
    private readonly FakeBackend _backend = new();
    private readonly string _outboxPath = Path.Combine(Path.GetTempPath(), "backleg-kiosk-vm-tests", $"{Guid.NewGuid():N}.db");
    private readonly Outbox _outbox;
    private readonly KioskViewModel _kiosk;

    public KioskViewModelTests()
    {
        _outbox = new Outbox(_outboxPath);
        _kiosk = new KioskViewModel(_backend, _outbox, null, _clock, new KioskOptions { IdleTimeout = TimeSpan.FromSeconds(90) });
    }

    [Fact]
    public async Task CheckIn_WrongPin_ClearMessageAndThePinIsCleared()
    {
        _backend.CheckInFailure = BackendFailure.WrongCredentials;

        await CheckInAsync();

        Assert.Equal(KioskScreen.CheckIn, _kiosk.Screen);
        Assert.Equal("Member code or PIN is wrong. Please try again; after several wrong PINs it is locked for a while, and staff can set a new one.", _kiosk.CheckIn.Error);
        Assert.Empty(_kiosk.CheckIn.Pin);
    }

    [Fact]
    public async Task CheckIn_Refused_ShowsTheServersReason()
    {
        _backend.CheckInFailure = BackendFailure.Refused;
        _backend.CheckInFailureDetail = "sleep_hours: must be 0-24";

        await CheckInAsync();

        Assert.Equal("sleep_hours: must be 0-24", _kiosk.CheckIn.Error);
    }

    [Fact]
    public async Task PinPad_ShowsDotsNeverDigits()
    {
        _kiosk.BeginCommand.Execute(null);
        foreach (var digit in "2468")
        {
            _kiosk.CheckIn.PinDigitCommand.Execute(digit.ToString());
        }

        Assert.Equal("●●●●", _kiosk.CheckIn.PinMask);
        Assert.DoesNotContain("2", _kiosk.CheckIn.PinMask, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task APoundsMember_LogsInPounds_AnExerciseWithNoPlannedLoadToo()
    {
        _backend.Units = Training.Members.WeightUnit.Pounds;
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = _kiosk.Workout!;
        while (workout.Current!.Exercise.Load is not null)
        {
            await workout.LogSetCommand.ExecuteAsync(null);
        }

        await workout.LogSetCommand.ExecuteAsync(null);
        var last = (await _outbox.PeekAsync(100))[^1].Fact!.SetLogged;

        Assert.Equal("lb", workout.Unit);
        Assert.Equal(Contracts.V1.WeightUnit.Lb, last.Unit);
    }

    [Fact]
    public async Task AnEntryOfNoReps_CannotBeLoggedAsAWarmUp_ButIsAFailedWorkingSet()
    {
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = _kiosk.Workout!;
        Assert.True(workout.Current!.IsWarmUp);

        workout.Reps = 0;
        var warmUpOfNone = workout.LogSetCommand.CanExecute(null);
        while (workout.Current!.IsWarmUp)
        {
            workout.SkipWarmUpCommand.Execute(null);
        }

        workout.Reps = 0;
        var workingSetOfNone = workout.LogSetCommand.CanExecute(null);
        await workout.LogSetCommand.ExecuteAsync(null);
        var logged = (await _outbox.PeekAsync(1))[0].Fact!.SetLogged;

        Assert.False(warmUpOfNone);
        Assert.True(workingSetOfNone);
        Assert.Equal((0, true), (logged.Reps, logged.Failed));
    }

    [Fact]
    public async Task LogSet_IsInTheOutboxBeforeSaved_ThenTheRightRestStarts()
    {
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = _kiosk.Workout!;
        var a = workout.Plan.Supersets[0];
        Assert.True(workout.Current!.IsWarmUp);
        Assert.Equal(("A1", 55.0, 5), (workout.Current.Exercise.Slot, workout.Load, workout.Reps));

        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.True((await _outbox.PeekAsync(1))[0].Fact!.SetLogged.WarmUp);
        Assert.Equal(TimeSpan.FromSeconds(a.ShortRestSeconds), _kiosk.Timer.Length);
        while (workout.Current!.IsWarmUp)
        {
            workout.SkipWarmUpCommand.Execute(null);
        }

        Assert.Equal("A1", workout.Current.Exercise.Slot);
        Assert.Equal(137.5, workout.Load);

        await workout.LogSetCommand.ExecuteAsync(null);

        Assert.Equal(2, await _outbox.PendingCountAsync());
        Assert.StartsWith("Saved: A1 set 1, 137.5 kg x 4", workout.SavedMessage, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(a.ShortRestSeconds), _kiosk.Timer.Length);
        Assert.Equal("A2", workout.Current!.Exercise.Slot);

        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.Equal(TimeSpan.FromSeconds(a.FullRestSeconds), _kiosk.Timer.Length);

        workout.DecreaseRepsCommand.Execute(null);
        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.Equal(TimeSpan.FromSeconds(a.ShortRestSeconds + a.FailedSetExtraSeconds), _kiosk.Timer.Length);
        var logged = (await _outbox.PeekAsync(10)).Skip(1).ToList();
        Assert.True(logged[2].Fact!.SetLogged.Failed);
        Assert.Equal([1, 1, 2], logged.Select(e => e.Fact!.SetLogged.SetNumber));
        Assert.Equal(["A1", "A2", "A1"], logged.Select(e => e.Fact!.SetLogged.Slot));
    }

    [Fact]
    public async Task Idle_SignsOutAndClearsTheMembersData()
    {
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);

        _clock.Advance(TimeSpan.FromSeconds(91));

        Assert.Equal(KioskScreen.Attract, _kiosk.Screen);
        Assert.Null(_kiosk.MemberName);
        Assert.Null(_kiosk.Workout);
        Assert.Null(_kiosk.Readiness);
        var queued = await _outbox.PeekAsync(10);
        Assert.True(queued[^1].IsCheckOut);
        Assert.Equal("token", queued[^1].CheckInToken);
    }

    [Fact]
    public async Task Touch_KeepsTheMemberSignedIn()
    {
        await CheckInAsync();

        _clock.Advance(TimeSpan.FromSeconds(60));
        _kiosk.Touch();
        _clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(KioskScreen.Readiness, _kiosk.Screen);
        Assert.Equal("Alex Rivera", _kiosk.MemberName);
    }

    [Fact]
    public async Task Resume_PicksUpAfterTheSetsLoggedElsewhere()
    {
        _backend.Resumed = true;
        var a = _backend.Plan.Supersets[0];
        _backend.Remote.Add(Stored(a.First, 1));
        _backend.Remote.Add(Stored(a.Second, 1));

        await CheckInAsync();
        Assert.True(_kiosk.HasOpenSession);
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);

        Assert.Equal(("A1", 2, false), (_kiosk.Workout!.Current!.Exercise.Slot, _kiosk.Workout.Current.SetNumber, _kiosk.Workout.Current.IsWarmUp));
        Assert.Equal(2, _kiosk.Workout.SetsDone);
    }

    [Fact]
    public async Task Resume_SetsStillInThisKiosksOutbox_ShowAsDone()
    {
        _backend.Resumed = true;
        var a = _backend.Plan.Supersets[0];
        _backend.Remote.Add(Stored(a.First, 1));
        await _outbox.AddAsync(Stored(a.Second, 1).Fact, "earlier-token", TestContext.Current.CancellationToken);

        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);

        Assert.Equal(("A1", 2), (_kiosk.Workout!.Current!.Exercise.Slot, _kiosk.Workout.Current.SetNumber));
        Assert.Equal(2, _kiosk.Workout.SetsDone);
    }

    [Fact]
    public async Task WatchedVoid_ReopensTheSet_AndALaterDuplicateCountsOnce()
    {
        _backend.Resumed = true;
        var a = _backend.Plan.Supersets[0];
        var first = Stored(a.First, 1);
        _backend.Remote.Add(first);
        _backend.Remote.Add(Stored(a.Second, 1));
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = _kiosk.Workout!;
        _clock.Advance(TimeSpan.FromSeconds(5));

        workout.Apply([KioskWire.RecordOf(Stored(a.Second, 1).Fact)!]);
        Assert.Equal(2, workout.SetsDone);
        workout.Apply([new WorkoutFact(SetFact.Voided(Guid.CreateVersion7(_clock.GetUtcNow()), _clock.GetUtcNow(), Guid.Parse(first.Fact.FactId)), null)]);

        Assert.Equal(1, workout.SetsDone);
        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.Equal(2, workout.SetsDone);
        Assert.Equal(("A1", 1, false), (workout.Current!.Exercise.Slot, workout.Current.SetNumber, workout.Current.IsWarmUp));
    }

    [Fact]
    public async Task ContinueOnPhone_ShowsTheLink_AndWhenAPhoneTakesIt_SaysSoThenForgetsTheMember()
    {
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);

        await _kiosk.ContinueOnPhoneCommand.ExecuteAsync(null);
        Assert.Equal("http://127.0.0.1:5080/phone/secret", _kiosk.PhoneLink!.Url);
        _clock.Advance(KioskViewModel.PhonePoll);
        Assert.Equal(KioskScreen.Workout, _kiosk.Screen);

        _backend.PhoneLinkState = PhoneLinkState.Taken;
        _clock.Advance(KioskViewModel.PhonePoll);
        Assert.Equal((KioskScreen.HandedOff, null), (_kiosk.Screen, _kiosk.PhoneLink));
        Assert.Equal("Alex Rivera", _kiosk.MemberName);

        _clock.Advance(KioskViewModel.HandedOffShown);
        Assert.Equal((KioskScreen.Attract, null), (_kiosk.Screen, _kiosk.MemberName));
        Assert.DoesNotContain(await _outbox.PeekAsync(100), e => e.IsCheckOut);
    }

    [Fact]
    public async Task APhoneLinkNobodyOpens_Expires_AndTheMemberStaysOnTheKiosk()
    {
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);
        await _kiosk.ContinueOnPhoneCommand.ExecuteAsync(null);

        _backend.PhoneLinkState = PhoneLinkState.Expired;
        _clock.Advance(KioskViewModel.PhonePoll);

        Assert.Equal((KioskScreen.Workout, null), (_kiosk.Screen, _kiosk.PhoneLink));
        Assert.StartsWith("The code expired", _kiosk.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finish_ShowsTheSummary()
    {
        await CheckInAsync();
        await _kiosk.StartWorkoutCommand.ExecuteAsync(null);

        await _kiosk.FinishCommand.ExecuteAsync(null);

        Assert.Equal(KioskScreen.Summary, _kiosk.Screen);
        Assert.Equal(32, _kiosk.Summary!.Advice.ProteinGrams);
    }

    public void Dispose()
    {
        _kiosk.Dispose();
        _outbox.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_outboxPath)!, Path.GetFileName(_outboxPath) + "*"))
        {
            File.Delete(file);
        }
    }

    private StoredFact Stored(WorkoutExercise exercise, int set) => new()
    {
        Fact = new Fact
        {
            FactId = Guid.CreateVersion7(_clock.GetUtcNow()).ToString(),
            SessionId = _backend.Plan.SessionId,
            OccurredAt = Timestamp.FromDateTimeOffset(_clock.GetUtcNow()),
            SetLogged = new SetLogged { Slot = exercise.Slot, ExerciseId = exercise.ExerciseId, SetNumber = set, Reps = 5, Load = 100, Unit = WeightUnit.Kg },
        },
    };

    private async Task CheckInAsync()
    {
        _kiosk.BeginCommand.Execute(null);
        _kiosk.CheckIn.MemberCode = "1001";
        foreach (var digit in "2468")
        {
            _kiosk.CheckIn.PinDigitCommand.Execute(digit.ToString());
        }

        await _kiosk.CheckIn.SubmitCommand.ExecuteAsync(null);
    }
}
