using BackLegKiosk.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddBackLegServer();

var app = builder.Build();
await app.Services.MigrateBackLegStoreAsync();
app.MapBackLegServer();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
