using BackLegKiosk.Training.Planning;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Server;

/// <summary>Refuses the server's start on a planner option outside the seed's band, naming its <c>BackLeg:Planner</c> key.</summary>
internal sealed class PlannerOptionsValidation : IValidateOptions<PlannerOptions>
{
    public ValidateOptionsResult Validate(string? name, PlannerOptions options) =>
        options.Validate().Select(e => $"{ServerOptions.PlannerSection}:{Key(e.Field)} {e.Message}.").ToList() is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems)
            : ValidateOptionsResult.Success;

    /// <summary>Training names an option <c>options.volumeCut</c>; configuration knows it as <c>VolumeCut</c>.</summary>
    private static string Key(string field)
    {
        var name = field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return string.Concat(char.ToUpperInvariant(name[0]).ToString(), name[1..]);
    }
}
