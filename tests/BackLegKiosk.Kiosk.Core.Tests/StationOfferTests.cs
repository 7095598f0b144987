namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>
/// A member whose plan left the deadlift out while the platform was busy: at each superset boundary the
/// kiosk asks whether it can come back, and the member takes the offer or keeps their plan.
/// </summary>
public sealed class StationOfferTests : IDisposable
{
    private readonly KioskHarness _harness = new(TimeSpan.FromHours(1), new FakeBackend(busyPlatform: true));

    private FakeBackend Backend => _harness.Backend;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ThePlatformStillBusy_TheKioskAsksAtB_AndOffersNothing()
    {
        var workout = await ThroughSupersetAsync("A");

        Assert.Equal(["B"], Backend.OffersAsked);
        Assert.Null(workout.Offer);
        Assert.Equal(Backend.Plan, workout.Plan);
    }

    [Fact]
    public async Task ThePlatformFree_TheOfferTaken_TheNextSetIsTheDeadliftAtB1_AndWhatWasDoneStillCounts()
    {
        Backend.PlatformFree = true;
        var workout = await ThroughSupersetAsync("A");
        var done = workout.SetsDone;
        var offer = workout.Offer;

        await workout.TakeOfferCommand.ExecuteAsync(null);

        Assert.NotNull(offer);
        Assert.StartsWith("Platforms free again: Conventional deadlift back in at superset B;", workout.Text.Note(offer.Note), StringComparison.Ordinal);
        Assert.Equal(("B1", "deadlift"), (workout.Current!.Exercise.Slot, workout.Current.Exercise.ExerciseId));
        Assert.Equal(done, workout.SetsDone);
        Assert.Equal(Lifts(Backend.Plan.Supersets[0]), Lifts(workout.Plan.Supersets[0]));
        Assert.Equal("Plan changed from superset B on.", workout.SavedMessage);
        Assert.Null(workout.Offer);
    }

    [Fact]
    public async Task ThePlanKept_NothingChanges_AndTheNextBoundaryAsksAgain()
    {
        Backend.PlatformFree = true;
        var workout = await ThroughSupersetAsync("A");

        workout.KeepPlanCommand.Execute(null);
        var kept = (workout.Offer, workout.Current!.Exercise.ExerciseId);
        await ThroughSupersetAsync("B");

        Assert.Equal((null, Backend.Plan.Supersets[1].First.ExerciseId), kept);
        Assert.Equal(["B", "C"], Backend.OffersAsked);
        Assert.Equal(Backend.Plan, workout.Plan);
    }

    [Fact]
    public async Task TakingAnOfferThatNoLongerStands_SaysWhy_AndKeepsThePlan()
    {
        Backend.PlatformFree = true;
        Backend.TakeRefusal = "The offer no longer stands: the station is busy again, or nothing waits for it.";
        var workout = await ThroughSupersetAsync("A");

        await workout.TakeOfferCommand.ExecuteAsync(null);

        Assert.Contains(Backend.TakeRefusal, workout.SavedMessage, StringComparison.Ordinal);
        Assert.Equal(Backend.Plan, workout.Plan);
        Assert.Null(workout.Offer);
    }

    [Fact]
    public async Task ASetOfBFromAnotherKioskWhileTheServerAnswers_TheBoundaryHasPassed_SoNoOfferShows()
    {
        Backend.PlatformFree = true;
        Backend.OfferAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workout = await ThroughSupersetAsync("A", stopBeforeTheLastSet: true);

        var crossing = workout.LogSetCommand.ExecuteAsync(null);
        var b2 = workout.Plan.Supersets[1].Second;
        workout.Apply([new LoggedSet(Guid.NewGuid(), workout.Plan.SessionId, FakeBackend.Now, new Training.Sets.SetKey(b2.Slot, 1, false), b2.ExerciseId, new Training.Members.Load(20, Training.Members.WeightUnit.Kilograms), 8, false, null).AsLogged]);
        Backend.OfferAnswer.SetResult();
        await crossing;

        Assert.Equal(["B"], Backend.OffersAsked);
        Assert.Null(workout.Offer);
    }

    [Fact]
    public async Task APlanNobodyDisplaced_NeverAsks()
    {
        using var harness = new KioskHarness(TimeSpan.FromHours(1));
        await harness.CheckInAsync();
        await harness.Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        var workout = harness.Kiosk.Workout!;
        while (workout.Current!.Superset.Label == "A")
        {
            await workout.LogSetCommand.ExecuteAsync(null);
        }

        Assert.Empty(harness.Backend.OffersAsked);
        Assert.Null(workout.Offer);
    }

    private static (string, int, string, int) Lifts(WorkoutSuperset superset) =>
        (superset.First.ExerciseId, superset.First.WorkingSets, superset.Second.ExerciseId, superset.Second.WorkingSets);

    /// <summary>Checks in (first time only) and logs every set of <paramref name="label"/> as prescribed (or all but its last).</summary>
    private async Task<WorkoutViewModel> ThroughSupersetAsync(string label, bool stopBeforeTheLastSet = false)
    {
        if (_harness.Kiosk.Workout is null)
        {
            await _harness.CheckInAsync();
            await _harness.Kiosk.StartWorkoutCommand.ExecuteAsync(null);
        }

        var workout = _harness.Kiosk.Workout!;
        var last = workout.Steps.Last(s => s.Superset.Label == label);
        while (workout.Current!.Superset.Label == label && !(stopBeforeTheLastSet && workout.Current == last))
        {
            await workout.LogSetCommand.ExecuteAsync(null);
        }

        return workout;
    }
}
