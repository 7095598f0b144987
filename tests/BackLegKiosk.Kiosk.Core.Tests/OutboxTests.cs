using BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Kiosk.Core.Tests;

public sealed class OutboxTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "backleg-outbox-tests", $"{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Peek_ReturnsFactsInTheOrderTheyWereAdded()
    {
        using var outbox = new Outbox(_path);
        var facts = Enumerable.Range(0, 10).Select(_ => NewFact()).ToList();
        foreach (var fact in facts)
        {
            await outbox.AddAsync(fact, "token");
        }

        var pending = await outbox.PeekAsync(100);

        Assert.Equal(facts.Select(f => f.FactId), pending.Select(p => p.Fact!.FactId));
        Assert.Equal(facts[3], pending[3].Fact);
    }

    [Fact]
    public async Task Facts_SurviveReopeningTheFile()
    {
        var fact = NewFact();
        using (var outbox = new Outbox(_path))
        {
            await outbox.AddAsync(fact, "token");
        }

        using var reopened = new Outbox(_path);

        Assert.Equal(1, await reopened.PendingCountAsync());
        Assert.Equal(fact, (await reopened.PeekAsync(10))[0].Fact);
    }

    [Fact]
    public async Task SameFactTwice_IsKeptOnce()
    {
        using var outbox = new Outbox(_path);
        var fact = NewFact();

        await outbox.AddAsync(fact, "token");
        await outbox.AddAsync(fact, "token");

        Assert.Equal(1, await outbox.PendingCountAsync());
    }

    [Fact]
    public async Task SentAndRefused_LeaveThePendingQueue()
    {
        using var outbox = new Outbox(_path);
        for (var i = 0; i < 3; i++)
        {
            await outbox.AddAsync(NewFact(), "token");
        }

        var pending = await outbox.PeekAsync(10);
        await outbox.MarkSentAsync([pending[0].Position], TimeProvider.System.GetUtcNow());
        await outbox.MarkRefusedAsync([(pending[1].Position, "bad rpe")], TimeProvider.System.GetUtcNow());

        Assert.Equal(1, await outbox.PendingCountAsync());
        Assert.Equal(1, await outbox.RefusedCountAsync());
        Assert.Equal(pending[2].Fact!.FactId, (await outbox.PeekAsync(10)).Single().Fact!.FactId);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(_path)!;
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(_path) + "*"))
        {
            File.Delete(file);
        }
    }

    internal static Fact NewFact(string? sessionId = null, int setNumber = 1) => new()
    {
        FactId = Guid.NewGuid().ToString(),
        SessionId = sessionId ?? Guid.NewGuid().ToString(),
        OccurredAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(TimeProvider.System.GetUtcNow()),
        SetLogged = new SetLogged { Slot = "A1", ExerciseId = "back-squat", SetNumber = setNumber, Load = 100, Unit = WeightUnit.Kg, Reps = 5, Rpe = 8 },
    };
}
