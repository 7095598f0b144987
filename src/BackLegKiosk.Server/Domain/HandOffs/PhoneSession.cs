using BackLegKiosk.Training.Members;

namespace BackLegKiosk.Server.Domain.HandOffs;

/// <summary>A session taken over by a phone: the phone's own check-in token, and what its page needs to carry on.</summary>
/// <param name="CheckInToken">The phone's check-in, the credential for every set it records; it lives only in the page.</param>
/// <param name="MemberId">The member.</param>
/// <param name="MemberName">What the page greets them with.</param>
/// <param name="SessionId">The session taken over.</param>
/// <param name="PlanJson">The session's plan as kiosks received it.</param>
/// <param name="Units">The member's unit.</param>
/// <param name="Language">The member's language; null when their profile names none.</param>
public sealed record PhoneSession(string CheckInToken, Guid MemberId, string MemberName, Guid SessionId, string PlanJson, WeightUnit Units, Language? Language);
