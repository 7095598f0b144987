using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Kiosk.Core.Tests;

/// <summary>A kiosk's view model as view-model tests drive it: a fake server and clock, and a real outbox file that goes away after.</summary>
internal sealed class KioskHarness : IDisposable
{
    private readonly string _outboxPath = Path.Combine(Path.GetTempPath(), "backleg-kiosk-vm-tests", $"{Guid.NewGuid():N}.db");

    public KioskHarness(TimeSpan idleTimeout, FakeBackend? backend = null)
    {
        Backend = backend ?? new FakeBackend();
        Outbox = new Outbox(_outboxPath);
        Kiosk = new KioskViewModel(Backend, Outbox, null, Clock, new KioskOptions { IdleTimeout = idleTimeout });
    }

    public FakeTimeProvider Clock { get; } = new(FakeBackend.Now);

    public FakeBackend Backend { get; }

    public Outbox Outbox { get; }

    public KioskViewModel Kiosk { get; }

    /// <summary>Member 1001 checks in with the PIN pad, as a member would.</summary>
    public async Task CheckInAsync()
    {
        Kiosk.BeginCommand.Execute(null);
        Kiosk.CheckIn.MemberCode = "1001";
        foreach (var digit in "2468")
        {
            Kiosk.CheckIn.PinDigitCommand.Execute(digit.ToString());
        }

        await Kiosk.CheckIn.SubmitCommand.ExecuteAsync(null);
    }

    public void Dispose()
    {
        Kiosk.Dispose();
        Outbox.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_outboxPath)!, Path.GetFileName(_outboxPath) + "*"))
        {
            File.Delete(file);
        }
    }
}
