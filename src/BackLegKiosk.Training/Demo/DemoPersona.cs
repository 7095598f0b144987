using BackLegKiosk.Training.History;
using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Training.Demo;

/// <summary>A demo member for the one-command system, the command line and tests.</summary>
/// <param name="Key">Short key used on the command line, e.g. <c>advanced-legs</c>.</param>
/// <param name="Code">Member code typed at the kiosk.</param>
/// <param name="Name">Display name.</param>
/// <param name="Profile">The planner's view of the member.</param>
/// <param name="History">Past sessions, relative to the time the persona was made.</param>
/// <param name="SleepHoursLastNight">What the persona reports at check-in.</param>
public sealed record DemoPersona(
    string Key,
    string Code,
    string Name,
    MemberProfile Profile,
    IReadOnlyList<SessionRecord> History,
    double SleepHoursLastNight);
