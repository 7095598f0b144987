using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Server.Domain;

/// <summary>The result of a check-in; the token exists in clear only here.</summary>
public sealed record CheckInResult(string Token, CheckInEntity CheckIn, MemberEntity Member, Readiness Readiness, Guid? OpenSessionId);
