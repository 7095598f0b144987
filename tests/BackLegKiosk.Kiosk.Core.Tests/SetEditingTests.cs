using BackLegKiosk.Contracts.V1;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>A mistyped set corrected, removed and put back from the workout screen: each a fact in the outbox, the workout following the fold.</summary>
public sealed class SetEditingTests : IDisposable
{
    private readonly KioskHarness _harness = new(idleTimeout: TimeSpan.FromHours(1));

    private FakeTimeProvider Clock => _harness.Clock;

    private Outbox Outbox => _harness.Outbox;

    private KioskViewModel Kiosk => _harness.Kiosk;

    [Fact]
    public async Task CorrectingTheLastSet_SendsACorrectionOfIt_AndTheListShowsTheNewNumbers()
    {
        var workout = await WorkingSetsAsync(2);
        var last = workout.DoneSets.MaxBy(d => d.Set.OccurredAt)!;

        workout.EditLastSetCommand.Execute(null);
        workout.Editor!.IncreaseLoadCommand.Execute(null);
        workout.Editor.DecreaseRepsCommand.Execute(null);
        workout.Editor.ChooseRpeCommand.Execute(9.0);
        await workout.SaveEditCommand.ExecuteAsync(null);

        var correction = (await Outbox.PeekAsync(100))[^1].Fact!.SetCorrected;
        Assert.Equal(last.Set.FactId.ToString(), correction.TargetFactId);
        Assert.Equal((last.Set.Load.Value + SetNumbers.LoadStep, last.Set.Reps - 1, 9.0, last.Set.Key.Slot, last.Set.Key.SetNumber), (correction.Replacement.Load, correction.Replacement.Reps, correction.Replacement.Rpe, correction.Replacement.Slot, correction.Replacement.SetNumber));
        Assert.Equal(2, workout.SetsDone);
        var shown = workout.DoneSets.Single(d => d.Set.Key == last.Set.Key).Set;
        Assert.Equal((last.Set.Load.Value + SetNumbers.LoadStep, last.Set.Reps - 1), (shown.Load.Value, shown.Reps));
        Assert.Equal((null, false), (workout.Editor, workout.ShowingSetsDone));
        Assert.StartsWith("Corrected: ", workout.SavedMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingASet_SendsAVoid_ReopensIt_AndUndoBringsItBackWithItsNumbers()
    {
        var workout = await WorkingSetsAsync(3);
        var removed = workout.DoneSets[0];

        workout.EditSetCommand.Execute(removed);
        await workout.RemoveSetCommand.ExecuteAsync(null);

        Assert.Equal(removed.Set.FactId.ToString(), (await Outbox.PeekAsync(100))[^1].Fact!.SetVoided.TargetFactId);
        Assert.Equal(2, workout.SetsDone);
        Assert.DoesNotContain(workout.DoneSets, d => d.Set.Key == removed.Set.Key);
        Assert.True(workout.CanUndo);

        await workout.UndoCommand.ExecuteAsync(null);

        var restore = (await Outbox.PeekAsync(100))[^1].Fact!.SetCorrected;
        Assert.Equal(removed.Set.FactId.ToString(), restore.TargetFactId);
        Assert.Equal(3, workout.SetsDone);
        var back = workout.DoneSets.Single(d => d.Set.Key == removed.Set.Key).Set;
        Assert.Equal((removed.Set.Load, removed.Set.Reps, removed.Set.Failed), (back.Load, back.Reps, back.Failed));
        Assert.False(workout.CanUndo);
    }

    [Fact]
    public async Task UndoingACorrection_PutsTheOldNumbersBack()
    {
        var workout = await WorkingSetsAsync(1);
        var before = workout.DoneSets[0].Set;
        workout.EditLastSetCommand.Execute(null);
        workout.Editor!.IncreaseRepsCommand.Execute(null);
        await workout.SaveEditCommand.ExecuteAsync(null);

        await workout.UndoCommand.ExecuteAsync(null);

        var now = workout.DoneSets.Single().Set;
        Assert.Equal((before.Load, before.Reps), (now.Load, now.Reps));
        Assert.Equal(2, (await Outbox.PeekAsync(100)).Count(e => e.Fact?.BodyCase == Fact.BodyOneofCase.SetCorrected));
    }

    [Fact]
    public async Task MarkingTheLastSetFailed_MakesTheRestRunningAfterItTheLongerOne()
    {
        var workout = await WorkingSetsAsync(1);
        var done = workout.DoneSets[0];
        Assert.False(done.Set.Failed);
        Clock.Advance(TimeSpan.FromSeconds(10));

        workout.EditLastSetCommand.Execute(null);
        workout.Editor!.ToggleFailedCommand.Execute(null);
        await workout.SaveEditCommand.ExecuteAsync(null);

        Assert.True(done.Step.RestAfter(failed: true) > done.Step.RestAfter(failed: false), "the plan gives a failed set more rest");
        Assert.Equal(done.Step.RestAfter(failed: true) - (Clock.GetUtcNow() - done.Set.OccurredAt), Kiosk.Timer.Remaining);
    }

    [Fact]
    public async Task AfterCorrectingAnOlderSet_EditLastSet_StillOpensTheOneLoggedLast_AndItsRestFollowsItsFailedFlag()
    {
        var workout = await WorkingSetsAsync(2);
        var older = workout.DoneSets.MinBy(d => d.Set.OccurredAt)!;
        var last = workout.DoneSets.MaxBy(d => d.Set.OccurredAt)!;
        workout.EditSetCommand.Execute(older);
        workout.Editor!.IncreaseRepsCommand.Execute(null);
        await workout.SaveEditCommand.ExecuteAsync(null);

        workout.EditLastSetCommand.Execute(null);
        Assert.Equal(last.Set.FactId, workout.Editor!.Done.Set.FactId);
        workout.Editor.ToggleFailedCommand.Execute(null);
        await workout.SaveEditCommand.ExecuteAsync(null);

        Assert.Equal(last.Step.RestAfter(failed: true) - (Clock.GetUtcNow() - last.Set.OccurredAt), Kiosk.Timer.Remaining);
    }

    [Fact]
    public async Task AnEmptyCorrection_IsNotSaved()
    {
        var workout = await WorkingSetsAsync(1);
        var entries = (await Outbox.PeekAsync(100)).Count;
        workout.EditLastSetCommand.Execute(null);
        while (workout.Editor!.Reps > 0)
        {
            workout.Editor.DecreaseRepsCommand.Execute(null);
        }

        await workout.SaveEditCommand.ExecuteAsync(null);

        Assert.True(workout.Editor!.IsEmpty);
        Assert.Equal(entries, (await Outbox.PeekAsync(100)).Count);
        Assert.False(workout.CanUndo);
    }

    [Fact]
    public async Task ACorrectionMadeOnAnotherKiosk_ShowsInTheList()
    {
        var workout = await WorkingSetsAsync(1);
        var original = workout.DoneSets[0].Set;
        Clock.Advance(TimeSpan.FromSeconds(3));
        var elsewhere = original with { FactId = Guid.CreateVersion7(Clock.GetUtcNow()), OccurredAt = Clock.GetUtcNow(), Reps = original.Reps + 2 };

        workout.Apply([KioskWire.RecordOf(KioskWire.CorrectionOf(elsewhere, original.FactId))!]);

        Assert.Equal(original.Reps + 2, workout.DoneSets.Single().Set.Reps);
        Assert.Equal(1, workout.SetsDone);
    }

    public void Dispose() => _harness.Dispose();

    /// <summary>A started workout with its warm-ups skipped and <paramref name="count"/> working sets logged.</summary>
    private async Task<WorkoutViewModel> WorkingSetsAsync(int count)
    {
        await _harness.CheckInAsync();
        await Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = Kiosk.Workout!;
        for (var logged = 0; logged < count;)
        {
            if (workout.Current!.IsWarmUp)
            {
                workout.SkipWarmUpCommand.Execute(null);
                continue;
            }

            await workout.LogSetCommand.ExecuteAsync(null);
            Clock.Advance(TimeSpan.FromSeconds(1));
            logged++;
        }

        return workout;
    }
}
