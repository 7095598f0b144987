using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>The server's own enums on the wire; Training's are in <see cref="Contracts.Translation.TrainingWire"/>.</summary>
public static class EnumMapping
{
    public static Api.FactOutcome ToProto(this Domain.Facts.FactOutcome value) => value switch
    {
        Domain.Facts.FactOutcome.Accepted => Api.FactOutcome.Accepted,
        Domain.Facts.FactOutcome.Duplicate => Api.FactOutcome.Duplicate,
        Domain.Facts.FactOutcome.SettledAsCorrection => Api.FactOutcome.SettledAsCorrection,
        _ => Api.FactOutcome.Rejected,
    };
}
