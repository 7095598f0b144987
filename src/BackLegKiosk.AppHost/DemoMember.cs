namespace BackLegKiosk.AppHost;

/// <summary>A demo member as printed for people to try: who, code and PIN.</summary>
public sealed record DemoMember(string Key, string Name, string Code, string Pin, string Story);
