using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server;

/// <summary>Refuses the server's start on bad <c>BackLeg</c> settings, naming each.</summary>
internal sealed class ServerOptionsValidation : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
