using BackLegKiosk.Kiosk;
using BackLegKiosk.Kiosk.Components;

var builder = WebApplication.CreateBuilder(args);
await builder.PairIfAskedAsync();
builder.AddKioskHead();

var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
