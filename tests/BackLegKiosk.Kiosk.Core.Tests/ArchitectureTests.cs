namespace BackLegKiosk.Kiosk.Core.Tests;

public class ArchitectureTests
{
    [Fact]
    public void KioskCore_ReferencesNoWebOrUiToolkitAssembly()
    {
        var references = typeof(RestTimer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.JSInterop", StringComparison.Ordinal));
        Assert.Contains("CommunityToolkit.Mvvm", references);
    }
}
