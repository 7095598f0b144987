namespace BackLegKiosk.Training.Catalog;

/// <summary>One catalog entry: everything the planner needs to know about an exercise.</summary>
/// <param name="Id">Stable identifier used in logs and history (e.g. <c>back-squat</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Region">The muscle group it trains.</param>
/// <param name="Pattern">Its movement pattern.</param>
/// <param name="Mechanics">Compound or isolation.</param>
/// <param name="TechnicalDemand">Neural/technical demand from 1 (machine isolation) to 5 (competition lift); R4 orders by it.</param>
/// <param name="ErectorLoad">How hard it loads the spinal erectors.</param>
/// <param name="NeedsFreshLowerBack">True for lifts whose safety depends on an unfatigued lower back (the back squat); R3 protects them.</param>
/// <param name="Equipment">What it is loaded with.</param>
/// <param name="RepRange">Default working rep range.</param>
/// <param name="RestSeconds">Full rest after a working set.</param>
public sealed record Exercise(
    string Id,
    string Name,
    BodyRegion Region,
    MovementPattern Pattern,
    Mechanics Mechanics,
    int TechnicalDemand,
    ErectorLoad ErectorLoad,
    bool NeedsFreshLowerBack,
    Equipment Equipment,
    RepRange RepRange,
    int RestSeconds)
{
    /// <summary>
    /// The station of the floor it is done at (<c>squat-rack</c>, <c>platform</c>, <c>pull-up-bar</c>,
    /// <c>cable-station</c>, a machine's own name); null for free floor space. A gym declares how many of
    /// each it has, and the planner pairs around the ones in use.
    /// </summary>
    public string? Station { get; init; }

    /// <summary>True when this lift loads the spinal erectors heavily (R3).</summary>
    public bool LoadsErectorsHeavily => ErectorLoad == ErectorLoad.High;

    /// <summary>True for multi-joint lifts.</summary>
    public bool IsCompound => Mechanics == Mechanics.Compound;
}
