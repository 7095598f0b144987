namespace BackLegKiosk.Server.Domain;

/// <summary>Facts a kiosk keeps as dead letters, refused for one reason.</summary>
public sealed record DeadLetterCount(string Reason, int Count);
