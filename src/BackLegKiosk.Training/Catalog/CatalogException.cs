namespace BackLegKiosk.Training.Catalog;

/// <summary>A catalog was refused at load; the message names the offending entry.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CatalogException()
        : base("The exercise catalog is invalid.")
    {
    }
}
