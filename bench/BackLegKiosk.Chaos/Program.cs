using System.Globalization;
using BackLegKiosk.Chaos;

// One program, three roles: the orchestrator (default) starts the others as child processes of itself,
// so that it can kill -9 them: "serve" is a real server on a SQLite folder (or on the PostgreSQL database
// the orchestrator named in BackLeg__* environment variables), "kiosk" a simulated kiosk
// on the real Outbox and SyncAgent.
return args switch
{
    ["serve", var folder, var port] => await ServerRole.RunAsync(folder, int.Parse(port, CultureInfo.InvariantCulture)),
    ["kiosk", var settings] => await KioskRole.RunAsync(KioskSettings.Parse(settings)),
    _ => await Orchestrator.RunAsync(ChaosSettings.Parse(args)),
};
