using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Planning;
using Api = BackLegKiosk.Contracts.V1;

namespace BackLegKiosk.Server.Mapping;

/// <summary>Training's enums and the contract's; an unspecified or unknown contract value maps to null.</summary>
public static class EnumMapping
{
    public static Api.Experience ToProto(this Experience value) => value switch
    {
        Experience.Beginner => Api.Experience.Beginner,
        Experience.Intermediate => Api.Experience.Intermediate,
        _ => Api.Experience.Advanced,
    };

    public static Experience? FromProto(Api.Experience value) => value switch
    {
        Api.Experience.Beginner => Experience.Beginner,
        Api.Experience.Intermediate => Experience.Intermediate,
        Api.Experience.Advanced => Experience.Advanced,
        _ => null,
    };

    public static Api.TrainingGoal ToProto(this TrainingGoal value) => value switch
    {
        TrainingGoal.LegsPriority => Api.TrainingGoal.LegsPriority,
        TrainingGoal.BackPriority => Api.TrainingGoal.BackPriority,
        TrainingGoal.Strength => Api.TrainingGoal.Strength,
        _ => Api.TrainingGoal.LimitedTime,
    };

    public static TrainingGoal? FromProto(Api.TrainingGoal value) => value switch
    {
        Api.TrainingGoal.LegsPriority => TrainingGoal.LegsPriority,
        Api.TrainingGoal.BackPriority => TrainingGoal.BackPriority,
        Api.TrainingGoal.Strength => TrainingGoal.Strength,
        Api.TrainingGoal.LimitedTime => TrainingGoal.LimitedTime,
        _ => null,
    };

    public static Api.WeightUnit ToProto(this WeightUnit value) =>
        value == WeightUnit.Pounds ? Api.WeightUnit.Lb : Api.WeightUnit.Kg;

    public static WeightUnit? FromProto(Api.WeightUnit value) => value switch
    {
        Api.WeightUnit.Kg => WeightUnit.Kilograms,
        Api.WeightUnit.Lb => WeightUnit.Pounds,
        _ => null,
    };

    public static Api.BodyRegion ToProto(this BodyRegion value) =>
        value == BodyRegion.Legs ? Api.BodyRegion.Legs : Api.BodyRegion.Back;

    public static BodyRegion? FromProto(Api.BodyRegion value) => value switch
    {
        Api.BodyRegion.Legs => BodyRegion.Legs,
        Api.BodyRegion.Back => BodyRegion.Back,
        _ => null,
    };

    public static Api.ReadinessStatus ToProto(this ReadinessStatus value) => value switch
    {
        ReadinessStatus.Go => Api.ReadinessStatus.Go,
        ReadinessStatus.GoWithWarnings => Api.ReadinessStatus.GoWithWarnings,
        _ => Api.ReadinessStatus.NotToday,
    };

    public static Api.FactOutcome ToProto(this Domain.Facts.FactOutcome value) => value switch
    {
        Domain.Facts.FactOutcome.Accepted => Api.FactOutcome.Accepted,
        Domain.Facts.FactOutcome.Duplicate => Api.FactOutcome.Duplicate,
        Domain.Facts.FactOutcome.SettledAsCorrection => Api.FactOutcome.SettledAsCorrection,
        _ => Api.FactOutcome.Rejected,
    };
}
