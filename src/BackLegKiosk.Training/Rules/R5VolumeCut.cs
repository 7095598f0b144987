using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Notes;
using BackLegKiosk.Training.Planning;

namespace BackLegKiosk.Training.Rules;

/// <summary>
/// R5: "reduce the total number of working sets for each body part by approximately 20 to 30 percent"
/// against the member's dedicated split day.
/// </summary>
/// <remarks>
/// Rounding: the planned count is the whole number nearest to <c>baseline × (1 − cut)</c>, clamped into
/// the band <c>[⌈0.7 × baseline⌉, ⌊0.8 × baseline⌋]</c>, so it never leaves the 20-30% band. When the band
/// holds no whole number (a baseline of 6 gives [4.2, 4.8]), the count is the whole number just below the
/// band (4, a 33% cut): the seed's concern is recovery, so rounding goes toward the larger cut, never to
/// a cut under 20%. Baselines start at <see cref="Members.MemberProfile.MinSplitDaySets"/>, where this
/// still leaves the four sets that three exercises (R7) need.
/// </remarks>
public static class R5VolumeCut
{
    /// <summary>Rule id.</summary>
    public const string Id = "R5";

    /// <summary>Rule name.</summary>
    public const string Name = "Volume cut";

    /// <summary>The whole set counts inside the 20-30% band; <c>Min &gt; Max</c> when there are none.</summary>
    public static (int Min, int Max) Band(int splitDaySets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(splitDaySets);
        return ((7 * splitDaySets + 9) / 10, 8 * splitDaySets / 10);
    }

    /// <summary>True when the band holds at least one whole number.</summary>
    public static bool HasWholeNumberInBand(int splitDaySets)
    {
        var (min, max) = Band(splitDaySets);
        return min <= max;
    }

    /// <summary>The fewest sets R5 allows (R11 may trim down to it, never below).</summary>
    public static int Floor(int splitDaySets)
    {
        var (min, max) = Band(splitDaySets);
        return min <= max ? min : max;
    }

    /// <summary>The planned working sets for a split-day baseline and a cut inside 0.20-0.30.</summary>
    public static int PlannedSets(int splitDaySets, double cut)
    {
        if (!double.IsFinite(cut) || cut is < 0.20 or > 0.30)
        {
            throw new ArgumentOutOfRangeException(nameof(cut), cut, "The cut must lie within 0.20-0.30.");
        }

        var (min, max) = Band(splitDaySets);
        if (min > max)
        {
            return max;
        }

        var target = (int)Math.Round(splitDaySets * (1 - cut), MidpointRounding.AwayFromZero);
        return Math.Clamp(target, min, max);
    }

    /// <summary>The note a plan carries for R5.</summary>
    public static RuleNote Explain(IReadOnlyList<GroupVolume> volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        var groups = volume.Select(v => new RuleNote(Id, "R5.Group",
        [
            NoteValue.Word("region", v.Region == BodyRegion.Legs ? "legs" : "back"),
            NoteValue.Number("split", v.SplitDaySets),
            NoteValue.Number("planned", v.PlannedSets),
            NoteValue.Number("cut", v.CutPercent),
        ]));
        return new RuleNote(Id, "R5.Cut", [NoteValue.Parts("groups", groups, NoteJoin.Comma)]);
    }
}
