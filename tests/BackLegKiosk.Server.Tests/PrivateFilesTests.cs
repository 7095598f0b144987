using BackLegKiosk.Contracts.V1;
using BackLegKiosk.Tests.Stores;
using System.Runtime.Versioning;
using Grpc.Core;
using Grpc.Net.Client;

namespace BackLegKiosk.Server.Tests;

/// <summary>The data folder, the signing key and the database are owner-only from the start; a key others can read stops the server.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PrivateFilesTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _parent = Directory.CreateTempSubdirectory("backleg-files-").FullName;

    [Fact(SkipWhen = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "About the rights of the SQLite data folder's files; run once, on the SQLite pass.")]
    public async Task AFreshStart_MakesTheFolderKeyAndDatabaseOwnerOnly()
    {
        var folder = Path.Combine(_parent, "data");

        await using (var app = await ServerSetup.StartOnLoopbackAsync(folder, 0, cancellationToken: TestContext.Current.CancellationToken))
        {
            // A staff sign-in writes to the database, so its WAL file exists too.
            using var channel = GrpcChannel.ForAddress(app.ListeningAddress());
            await Assert.ThrowsAsync<RpcException>(async () => await new AuthService.AuthServiceClient(channel).SignInAsync(
                new SignInRequest { Username = "nobody", Password = "wrong password" }, cancellationToken: TestContext.Current.CancellationToken));
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(folder, "backleg.db-wal")));
        }

        Assert.Equal(OwnerReadWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(folder, "signing.key")));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(folder, "backleg.db")));
    }

    [Fact(SkipWhen = nameof(TestStore.IsPostgres), SkipType = typeof(TestStore), Skip = "About the rights of the SQLite data folder's files; run once, on the SQLite pass.")]
    public async Task AKeyFileOthersCanRead_StopsTheStart_NamingTheFile()
    {
        var folder = Path.Combine(_parent, "loose");
        Directory.CreateDirectory(folder);
        var key = Path.Combine(folder, "signing.key");
        await File.WriteAllTextAsync(key, Convert.ToBase64String(new byte[64]), TestContext.Current.CancellationToken);
        File.SetUnixFileMode(key, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerSetup.StartOnLoopbackAsync(folder, 0, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_parent, recursive: true);
    }
}
