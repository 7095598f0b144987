namespace BackLegKiosk.Training.Planning;

/// <summary>Thrown when a plan is asked for with input that breaks a documented limit.</summary>
public sealed class TrainingInputException : Exception
{
    /// <summary>Creates the exception from the fields in error.</summary>
    public TrainingInputException(IReadOnlyList<ValidationError> errors)
        : base(string.Join("; ", errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public TrainingInputException(string message)
        : base(message)
    {
        Errors = [new ValidationError("request", message)];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public TrainingInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError("request", message)];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TrainingInputException()
        : this("The request is invalid.")
    {
    }

    /// <summary>Every field in error.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
