using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Server.Domain.Floor;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>A server whose gym has one squat rack.</summary>
public sealed class OneRackFixture : ServerFixture
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["BackLeg:Stations:squat-rack"] = "1" };
}

/// <summary>The floor as the planner sees it: the stations that sessions in progress hold.</summary>
public class FloorTests(OneRackFixture server) : IClassFixture<OneRackFixture>
{
    [Fact]
    public async Task ASessionOnTheOnlySquatRack_MakesTheNextPlanOpenWithAnEquivalent_SaysWhy_AndTheRackFreesWhenItEnds()
    {
        var first = await server.EnrollAsync(name: "Floor One");
        var second = await server.EnrollAsync(name: "Floor Two");
        var third = await server.EnrollAsync(name: "Floor Three");

        var (firstCheckIn, firstPlan) = await server.CheckInAndPlanAsync(first);
        var (_, secondPlan) = await server.CheckInAndPlanAsync(second);
        var use = await UseAsync();
        await server.KioskApi.CompleteSessionAsync(new CompleteSessionRequest { SessionId = firstPlan.SessionId, FactId = Guid.NewGuid().ToString() }, ServerFixture.Kiosk(server.KioskKey1, firstCheckIn.CheckinToken));
        var (_, thirdPlan) = await server.CheckInAndPlanAsync(third);

        Assert.Equal("back-squat", firstPlan.Supersets[0].First.ExerciseId);
        Assert.Equal("hack-squat", secondPlan.Supersets[0].First.ExerciseId);
        var note = Assert.Single(secondPlan.RulesApplied, n => n.RuleId == "FLOOR");
        Assert.Equal("Squat racks busy: Hack squat opens, Back squat later if one frees.", note.Text);
        Assert.Equal("Floor.OpensLater", note.Kind);
        Assert.Equal([("squat-rack", 1, "Floor One")], use.Select(u => (u.Station, u.Count, string.Join(", ", u.HeldBy))));
        Assert.Equal("back-squat", thirdPlan.Supersets[0].First.ExerciseId);
    }

    private async Task<IReadOnlyList<StationUse>> UseAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FloorDesk>().UseAsync(TestContext.Current.CancellationToken);
    }
}
