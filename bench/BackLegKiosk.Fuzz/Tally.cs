using Grpc.Core;

namespace BackLegKiosk.Fuzz;

/// <summary>What the fuzz run saw: answers per RPC and status, the bad ones counted apart, progress as it goes.</summary>
internal sealed class Tally(int methods, int planned)
{
    private readonly int[,] _answers = new int[methods, Enum.GetValues<StatusCode>().Max(c => (int)c) + 1];
    private int _inputs;
    private int _unknownOrInternal;
    private int _crashes;

    public int Inputs => _inputs;

    public int UnknownOrInternal => _unknownOrInternal;

    public int Crashes => _crashes;

    public bool EveryMethodReached => Enumerable.Range(0, methods).All(m => Enumerable.Range(0, _answers.GetLength(1)).Sum(c => _answers[m, c]) > 0);

    /// <param name="method">Which RPC, by its place in the run's list.</param>
    /// <param name="status">The answer, or null when the call failed outside gRPC.</param>
    public void Record(int method, StatusCode? status)
    {
        if (status is not { } code)
        {
            Interlocked.Increment(ref _crashes);
        }
        else
        {
            Interlocked.Increment(ref _answers[method, (int)code]);
            if (code is StatusCode.Unknown or StatusCode.Internal)
            {
                Interlocked.Increment(ref _unknownOrInternal);
            }
        }

        var done = Interlocked.Increment(ref _inputs);
        if (done % Math.Max(1, planned / 10) == 0)
        {
            Console.WriteLine($"  {done:N0}/{planned:N0} inputs, unknown/internal so far: {_unknownOrInternal}, crashes: {_crashes}");
        }
    }

    public void Print(IReadOnlyList<string> names)
    {
        for (var m = 0; m < names.Count; m++)
        {
            var answers = Enumerable.Range(0, _answers.GetLength(1))
                .Where(c => _answers[m, c] > 0)
                .Select(c => $"{(StatusCode)c} {_answers[m, c]}");
            Console.WriteLine($"  {names[m]}: {string.Join(", ", answers)}");
        }
    }
}
