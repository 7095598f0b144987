namespace BackLegKiosk.Server.Security;

/// <summary>
/// The data folder and the secrets in it (the signing key, the database) are the server account's
/// alone: made with owner-only rights from the moment they exist, never created open and tightened
/// later, and a key file someone else can read is refused rather than trusted.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the folder (0700) when it is missing; an existing one is left as the operator set it.</summary>
    public static void EnsureFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
        }
    }

    /// <summary>Creates an empty file (0600) when it is missing, so whatever fills it later inherits owner-only rights.</summary>
    public static void EnsureFile(string path)
    {
        try
        {
            using var _ = Open(path, FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there: created by an earlier start, or by another process at the same moment.
        }
    }

    /// <summary>Writes a new secret file, owner-only from its first byte; fails if the file exists.</summary>
    public static void CreateSecret(string path, string contents)
    {
        using var stream = Open(path, FileMode.CreateNew);
        using var writer = new StreamWriter(stream);
        writer.Write(contents);
    }

    /// <summary>Reads a secret file, refusing one that group or others may read or change, naming it.</summary>
    public static string ReadSecret(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & Others) != 0)
        {
            throw new InvalidOperationException(
                $"{path} can be read or changed by other users (mode {Convert.ToString((int)File.GetUnixFileMode(path), 8)}); make it the server account's alone with: chmod 600 {path}");
        }

        return File.ReadAllText(path);
    }

    private static FileStream Open(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return new FileStream(path, options);
    }
}
