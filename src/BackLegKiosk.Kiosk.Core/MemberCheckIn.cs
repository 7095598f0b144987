using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>A member the server let in: the token their calls carry, their name, and whether they may train today.</summary>
/// <param name="Token">The check-in token.</param>
/// <param name="MemberName">The name the screens greet them by.</param>
/// <param name="Readiness">R9-R11's answer for today.</param>
/// <param name="HasOpenSession">A session planned earlier, on this kiosk or another, is waiting to be continued.</param>
/// <param name="Units">The unit of the member's profile, which every load they log is entered in.</param>
/// <param name="Language">The language of the member's profile; null keeps the kiosk's own.</param>
public sealed record MemberCheckIn(string Token, string MemberName, Readiness Readiness, bool HasOpenSession, WeightUnit Units, Language? Language = null);
