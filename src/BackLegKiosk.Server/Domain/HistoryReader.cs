using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Data.Entities;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.History;
using Microsoft.EntityFrameworkCore;

namespace BackLegKiosk.Server.Domain;

/// <summary>Builds the planner's view of a member's past sessions from stored sessions and facts.</summary>
public static class HistoryReader
{
    /// <summary>Long enough for R9's 7 days and the 56-day one-rep-max window, with margin.</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(63);

    public static async Task<List<SessionRecord>> ForPlannerAsync(BackLegDbContext db, Guid memberId, DateTimeOffset now, Guid? excludeSession, CancellationToken cancellationToken)
    {
        var since = now - Lookback;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.MemberId == memberId && s.PlannedAt >= since)
            .ToListAsync(cancellationToken);
        var facts = await db.Facts.AsNoTracking()
            .Where(f => f.MemberId == memberId && f.OccurredAt >= since && f.Counted)
            .OrderBy(f => f.Sequence)
            .ToListAsync(cancellationToken);
        return Build(sessions.Where(s => s.Id != excludeSession), facts);
    }

    /// <summary>The planner's history from sessions and their counted sets.</summary>
    public static List<SessionRecord> Build(IEnumerable<SessionEntity> sessions, IEnumerable<FactEntity> countedSets)
    {
        var bySession = countedSets.ToLookup(f => f.SessionId);
        var records = new List<SessionRecord>();
        foreach (var session in sessions)
        {
            var sets = bySession[session.Id]
                .Where(f => f.ExerciseId is not null && f.Region is not null)
                .Select(f => new SetRecord(f.ExerciseId!, f.Region!.Value, f.LoadKg ?? 0, f.Reps ?? 0, f.Rpe, f.WarmUp))
                .ToList();

            // A session planned and abandoned before any set trained nothing: it does not count toward R9.
            if (sets.Count == 0 && session.CompletedAt is null)
            {
                continue;
            }

            // A session on this floor was a combined day; an imported one was if it trained both groups.
            var combined = session.ImportedFrom is null || sets.Any(s => s.Region == BodyRegion.Legs) && sets.Any(s => s.Region == BodyRegion.Back);
            records.Add(new SessionRecord(session.StartedAt ?? session.PlannedAt, combined, combined ? session.Focus : null, sets));
        }

        return records;
    }
}
