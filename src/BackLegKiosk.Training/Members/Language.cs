namespace BackLegKiosk.Training.Members;

/// <summary>The languages a member's screens speak. Its word is the two-letter code: <c>en</c>, <c>de</c>.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English,

    /// <summary>German.</summary>
    German,
}
