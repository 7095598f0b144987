namespace BackLegKiosk.Server.Data.Entities;

public enum FactKind
{
    SessionStarted = 1,
    SetLogged = 2,
    SetVoided = 3,
    SetCorrected = 4,
    SessionCompleted = 5,
}
