namespace BackLegKiosk.Server;

/// <summary>Which database holds the gym's data (<c>BackLeg:Store</c>).</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
