using BackLegKiosk.Server.Domain.Failures;

namespace BackLegKiosk.Cli;

/// <summary>Runs an operator command and turns the store's refusals into a message and an exit code.</summary>
internal static class Operations
{
    public const int Refused = 1;

    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (InvalidFieldException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return CliApp.UsageError;
        }
        catch (Exception ex) when (ex is ConflictException or NotFoundException or WrongStateException)
        {
            error.WriteLine($"error: {ex.Message}");
            return Refused;
        }
    }
}
