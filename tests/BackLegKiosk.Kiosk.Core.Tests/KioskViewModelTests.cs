using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Training.Sets;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

public sealed class KioskViewModelTests : IDisposable
{
    private readonly KioskHarness _harness = new(idleTimeout: TimeSpan.FromSeconds(90));

    private FakeTimeProvider Clock => _harness.Clock;

    private FakeBackend Backend => _harness.Backend;

    private Outbox Outbox => _harness.Outbox;

    private KioskViewModel Kiosk => _harness.Kiosk;

    [Fact]
    public async Task AGermanMember_TheKioskSpeaksGermanFromCheckIn_AndItsOwnLanguageAgainAfterSignOut()
    {
        Backend.Language = Training.Members.Language.German;
        var english = (Kiosk.Text.Language, Kiosk.CheckIn.PinMask.Length == 0 ? Kiosk.Text["CheckIn.EnterPin"] : null);

        await _harness.CheckInAsync();
        var german = (Kiosk.Text.Language, Kiosk.ReadinessTitle, Kiosk.StartText);
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var progress = Kiosk.Workout!.Progress;
        await Kiosk.SignOutCommand.ExecuteAsync(null);

        Assert.Equal((Training.Members.Language.English, "Enter your PIN"), english);
        Assert.Equal((Training.Members.Language.German, "Bereit zum Training", "Training starten"), german);
        Assert.Equal("0 von 23 Sätzen", progress);
        Assert.Equal(Training.Members.Language.English, Kiosk.Text.Language);
    }

    [Fact]
    public async Task CheckIn_WrongPin_ClearMessageAndThePinIsCleared()
    {
        Backend.CheckInFailure = BackendFailure.WrongCredentials;

        await CheckInAsync();

        Assert.Equal(KioskScreen.CheckIn, Kiosk.Screen);
        Assert.Equal("Member code or PIN is wrong. Please try again; after several wrong PINs it is locked for a while, and staff can set a new one.", Kiosk.CheckIn.Error);
        Assert.Empty(Kiosk.CheckIn.Pin);
    }

    [Fact]
    public async Task CheckIn_Refused_ShowsTheServersReason()
    {
        Backend.CheckInFailure = BackendFailure.Refused;
        Backend.CheckInFailureDetail = "sleep_hours: must be 0-24";

        await CheckInAsync();

        Assert.Equal("sleep_hours: must be 0-24", Kiosk.CheckIn.Error);
    }

    [Fact]
    public async Task PinPad_ShowsDotsNeverDigits()
    {
        Kiosk.BeginCommand.Execute(null);
        foreach (var digit in "2468")
        {
            Kiosk.CheckIn.PinDigitCommand.Execute(digit.ToString());
        }

        Assert.Equal("●●●●", Kiosk.CheckIn.PinMask);
        Assert.DoesNotContain("2", Kiosk.CheckIn.PinMask, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task APoundsMember_LogsInPounds_AnExerciseWithNoPlannedLoadToo()
    {
        Backend.Units = Training.Members.WeightUnit.Pounds;
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = Kiosk.Workout!;
        while (workout.Current!.Exercise.Load is not null)
        {
            await workout.LogSetCommand.ExecuteAsync(null);
        }

        await workout.LogSetCommand.ExecuteAsync(null);
        var last = (await Outbox.PeekAsync(100))[^1].Fact!.SetLogged;

        Assert.Equal("lb", workout.Unit);
        Assert.Equal(Contracts.V1.WeightUnit.Lb, last.Unit);
    }

    [Fact]
    public async Task AnEntryOfNoReps_CannotBeLoggedAsAWarmUp_ButIsAFailedWorkingSet()
    {
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = Kiosk.Workout!;
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
        var logged = (await Outbox.PeekAsync(1))[0].Fact!.SetLogged;

        Assert.False(warmUpOfNone);
        Assert.True(workingSetOfNone);
        Assert.Equal((0, true), (logged.Reps, logged.Failed));
    }

    [Fact]
    public async Task LogSet_IsInTheOutboxBeforeSaved_ThenTheRightRestStarts()
    {
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = Kiosk.Workout!;
        var a = workout.Plan.Supersets[0];
        Assert.True(workout.Current!.IsWarmUp);
        Assert.Equal(("A1", 55.0, 5), (workout.Current.Exercise.Slot, workout.Load, workout.Reps));

        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.True((await Outbox.PeekAsync(1))[0].Fact!.SetLogged.WarmUp);
        Assert.Equal(TimeSpan.FromSeconds(a.ShortRestSeconds), Kiosk.Timer.Length);
        while (workout.Current!.IsWarmUp)
        {
            workout.SkipWarmUpCommand.Execute(null);
        }

        Assert.Equal("A1", workout.Current.Exercise.Slot);
        Assert.Equal(137.5, workout.Load);

        await workout.LogSetCommand.ExecuteAsync(null);

        Assert.Equal(2, await Outbox.PendingCountAsync());
        Assert.StartsWith("Saved: A1 set 1, 137.5 kg x 4", workout.SavedMessage, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(a.ShortRestSeconds), Kiosk.Timer.Length);
        Assert.Equal("A2", workout.Current!.Exercise.Slot);

        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.Equal(TimeSpan.FromSeconds(a.FullRestSeconds), Kiosk.Timer.Length);

        workout.DecreaseRepsCommand.Execute(null);
        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.Equal(TimeSpan.FromSeconds(a.ShortRestSeconds + a.FailedSetExtraSeconds), Kiosk.Timer.Length);
        var logged = (await Outbox.PeekAsync(10)).Skip(1).ToList();
        Assert.True(logged[2].Fact!.SetLogged.Failed);
        Assert.Equal([1, 1, 2], logged.Select(e => e.Fact!.SetLogged.SetNumber));
        Assert.Equal(["A1", "A2", "A1"], logged.Select(e => e.Fact!.SetLogged.Slot));
    }

    [Fact]
    public async Task Idle_SignsOutAndClearsTheMembersData()
    {
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);

        Clock.Advance(TimeSpan.FromSeconds(91));

        Assert.Equal(KioskScreen.Attract, Kiosk.Screen);
        Assert.Null(Kiosk.MemberName);
        Assert.Null(Kiosk.Workout);
        Assert.Null(Kiosk.Readiness);
        var queued = await Outbox.PeekAsync(10);
        Assert.True(queued[^1].IsCheckOut);
        Assert.Equal("token", queued[^1].CheckInToken);
    }

    [Fact]
    public async Task Touch_KeepsTheMemberSignedIn()
    {
        await CheckInAsync();

        Clock.Advance(TimeSpan.FromSeconds(60));
        Kiosk.Touch();
        Clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal(KioskScreen.Readiness, Kiosk.Screen);
        Assert.Equal("Alex Rivera", Kiosk.MemberName);
    }

    [Fact]
    public async Task Resume_PicksUpAfterTheSetsLoggedElsewhere()
    {
        Backend.Resumed = true;
        var a = Backend.Plan.Supersets[0];
        Backend.Remote.Add(Stored(a.First, 1));
        Backend.Remote.Add(Stored(a.Second, 1));

        await CheckInAsync();
        Assert.True(Kiosk.HasOpenSession);
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);

        Assert.Equal(("A1", 2, false), (Kiosk.Workout!.Current!.Exercise.Slot, Kiosk.Workout.Current.SetNumber, Kiosk.Workout.Current.IsWarmUp));
        Assert.Equal(2, Kiosk.Workout.SetsDone);
    }

    [Fact]
    public async Task Resume_SetsStillInThisKiosksOutbox_ShowAsDone()
    {
        Backend.Resumed = true;
        var a = Backend.Plan.Supersets[0];
        Backend.Remote.Add(Stored(a.First, 1));
        await Outbox.AddAsync(Stored(a.Second, 1).Fact, "earlier-token", TestContext.Current.CancellationToken);

        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);

        Assert.Equal(("A1", 2), (Kiosk.Workout!.Current!.Exercise.Slot, Kiosk.Workout.Current.SetNumber));
        Assert.Equal(2, Kiosk.Workout.SetsDone);
    }

    [Fact]
    public async Task WatchedVoid_ReopensTheSet_AndALaterDuplicateCountsOnce()
    {
        Backend.Resumed = true;
        var a = Backend.Plan.Supersets[0];
        var first = Stored(a.First, 1);
        Backend.Remote.Add(first);
        Backend.Remote.Add(Stored(a.Second, 1));
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = Kiosk.Workout!;
        Clock.Advance(TimeSpan.FromSeconds(5));

        workout.Apply([KioskWire.RecordOf(Stored(a.Second, 1).Fact)!]);
        Assert.Equal(2, workout.SetsDone);
        workout.Apply([new WorkoutFact(SetFact.Voided(Guid.CreateVersion7(Clock.GetUtcNow()), Clock.GetUtcNow(), Guid.Parse(first.Fact.FactId)), null)]);

        Assert.Equal(1, workout.SetsDone);
        await workout.LogSetCommand.ExecuteAsync(null);
        Assert.Equal(2, workout.SetsDone);
        Assert.Equal(("A1", 1, false), (workout.Current!.Exercise.Slot, workout.Current.SetNumber, workout.Current.IsWarmUp));
    }

    [Fact]
    public async Task ContinueOnPhone_ShowsTheLink_AndWhenAPhoneTakesIt_SaysSoThenForgetsTheMember()
    {
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);

        await Kiosk.ContinueOnPhoneCommand.ExecuteAsync(null);
        Assert.Equal("http://127.0.0.1:5080/phone/secret", Kiosk.PhoneLink!.Url);
        Clock.Advance(KioskViewModel.PhonePoll);
        Assert.Equal(KioskScreen.Workout, Kiosk.Screen);

        Backend.PhoneLinkState = PhoneLinkState.Taken;
        Clock.Advance(KioskViewModel.PhonePoll);
        Assert.Equal((KioskScreen.HandedOff, null), (Kiosk.Screen, Kiosk.PhoneLink));
        Assert.Equal("Alex Rivera", Kiosk.MemberName);

        Clock.Advance(KioskViewModel.HandedOffShown);
        Assert.Equal((KioskScreen.Attract, null), (Kiosk.Screen, Kiosk.MemberName));
        Assert.DoesNotContain(await Outbox.PeekAsync(100), e => e.IsCheckOut);
    }

    [Fact]
    public async Task APhoneLinkNobodyOpens_Expires_AndTheMemberStaysOnTheKiosk()
    {
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        await Kiosk.ContinueOnPhoneCommand.ExecuteAsync(null);

        Backend.PhoneLinkState = PhoneLinkState.Expired;
        Clock.Advance(KioskViewModel.PhonePoll);

        Assert.Equal((KioskScreen.Workout, null), (Kiosk.Screen, Kiosk.PhoneLink));
        Assert.StartsWith("The code expired", Kiosk.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotToday_ACoachOverridesWithTheirOwnPassword_AndTheMemberMayStart()
    {
        Backend.Readiness = new Training.Planning.Readiness(Training.Planning.ReadinessStatus.NotToday, 18, FakeBackend.Now.AddHours(18), [Training.Notes.RuleNote.Plain("R9", "18 h to go")]);
        await CheckInAsync();
        Assert.Equal(("R9", false), (Kiosk.OverrideRule, Kiosk.MayStart));

        Kiosk.BeginOverrideCommand.Execute(null);
        (Kiosk.OverrideUsername, Kiosk.OverridePassword, Kiosk.OverrideReason) = ("coach", "not it", "deload week");
        await Kiosk.ApplyOverrideCommand.ExecuteAsync(null);
        Assert.Equal(("Username or password is wrong.", string.Empty, true), (Kiosk.Error, Kiosk.OverridePassword, Kiosk.ShowingOverride));

        Kiosk.OverridePassword = FakeBackend.CoachPassword;
        await Kiosk.ApplyOverrideCommand.ExecuteAsync(null);

        Assert.Equal((true, false, null), (Kiosk.MayStart, Kiosk.ShowingOverride, Kiosk.OverrideRule));
        Assert.StartsWith("Coach override by coach", Kiosk.Readiness!.Reasons[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finish_ShowsTheSummary()
    {
        await CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);

        await Kiosk.FinishCommand.ExecuteAsync(null);

        Assert.Equal(KioskScreen.Summary, Kiosk.Screen);
        Assert.Equal(32, Kiosk.Summary!.Advice.ProteinGrams);
    }

    public void Dispose() => _harness.Dispose();

    private StoredFact Stored(WorkoutExercise exercise, int set) => new()
    {
        Fact = new Fact
        {
            FactId = Guid.CreateVersion7(Clock.GetUtcNow()).ToString(),
            SessionId = Backend.Plan.SessionId,
            OccurredAt = Timestamp.FromDateTimeOffset(Clock.GetUtcNow()),
            SetLogged = new SetLogged { Slot = exercise.Slot, ExerciseId = exercise.ExerciseId, SetNumber = set, Reps = 5, Load = 100, Unit = WeightUnit.Kg },
        },
    };

    private Task CheckInAsync() => _harness.CheckInAsync();
}
