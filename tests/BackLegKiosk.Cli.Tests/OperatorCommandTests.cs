using System.Text.Json;
using BackLegKiosk.Tests.Samples;
using Microsoft.Extensions.Time.Testing;

namespace BackLegKiosk.Cli.Tests;

public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "backleg-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void KioskAdd_PrintsAPairingCode_TheKeyOnlyWhenAsked_AndRefusesADuplicateName()
    {
        var (paired, pairOutput, _) = Run("kiosk", "add", "--name", "Rack 0");
        var (code, output, _) = Run("kiosk", "add", "--name", "Rack 1", "--show-key");
        var (again, _, error) = Run("kiosk", "add", "--name", "Rack 1");

        Assert.Equal((0, 0), (paired, code));
        Assert.Matches(@"Pairing code \(once, for 10 minutes\): [A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}", pairOutput);
        Assert.DoesNotContain("Device key", pairOutput, StringComparison.Ordinal);
        Assert.Matches(@"Device key \(shown once, store it on the kiosk\): [0-9a-f]{32}\.[A-Za-z0-9_-]{43}", output);
        Assert.Matches(@"Server certificate fingerprint \(Kiosk:ServerFingerprint, for https\): [0-9a-f]{64}", output);
        Assert.Equal(1, again);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
    }

    [Fact]
    public void KioskRevokeThenRotate_TheStoredKeyChangesEachTime_AndANewKeyIsPrinted()
    {
        var (_, added, _) = Run("kiosk", "add", "--name", "Rack 2", "--show-key");
        var (revoked, revokeOutput, _) = Run("kiosk", "revoke", "--name", "Rack 2");
        var (rotated, rotateOutput, _) = Run("kiosk", "rotate", "--name", "Rack 2");
        var (missing, _, error) = Run("kiosk", "revoke", "--name", "Rack 9");

        Assert.Equal((0, 0, 1), (revoked, rotated, missing));
        Assert.Contains("Kiosk 'Rack 2': key revoked.", revokeOutput, StringComparison.Ordinal);
        var key = @"[0-9a-f]{32}\.[A-Za-z0-9_-]{43}";
        Assert.NotEqual(
            System.Text.RegularExpressions.Regex.Match(added, key).Value,
            System.Text.RegularExpressions.Regex.Match(rotateOutput, key).Value);
        Assert.Contains("No kiosk named 'Rack 9'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffAdd_ReadsThePasswordFromStandardInput()
    {
        var (code, output, _) = Run(new StringReader("a long enough password\n"), "staff", "add", "--username", "coach");
        var (shortCode, _, error) = Run(new StringReader("short\n"), "staff", "add", "--username", "other");

        Assert.Equal(0, code);
        Assert.Contains("Staff account 'coach' added.", output, StringComparison.Ordinal);
        Assert.Equal(2, shortCode);
        Assert.Contains("password: must be 10-200 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffRevokeAndGrant_ChangeTheAccountsRole()
    {
        Run(new StringReader("a long enough password\n"), "staff", "add", "--username", "coach");

        var (revoked, revokeOutput, _) = Run(TextReader.Null, "staff", "revoke", "--username", "coach");
        var (granted, grantOutput, _) = Run(TextReader.Null, "staff", "grant", "--username", "coach");
        var (unknown, _, error) = Run(TextReader.Null, "staff", "revoke", "--username", "nobody");

        Assert.Equal(0, revoked);
        Assert.Contains("Staff account 'coach' now has the role 'revoked'.", revokeOutput, StringComparison.Ordinal);
        Assert.Equal(0, granted);
        Assert.Contains("Staff account 'coach' now has the role 'staff'.", grantOutput, StringComparison.Ordinal);
        Assert.Equal(1, unknown);
        Assert.Contains("No staff account with this username.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberImport_KeepsGoodRowsAndReportsBadOnesByLine()
    {
        var csv = Path.Combine(_data, "members.csv");
        Directory.CreateDirectory(_data);
        File.WriteAllLines(csv,
        [
            "code,name,pin,experience,goal,baseline_legs,baseline_back,body_weight_kg,available_minutes,units",
            "2001,Ann,1234,advanced,legs,16,14,70,90,kg",
            "2002,\"Bo, Jr\",12,advanced,legs,16,14,70,90,kg",
            "2003,Cy,1234,expert,legs,16,14,70,90,kg",
            "2004,Di,1234,beginner,back,3,14,70,90,kg",
            "2005,\"Ed \"\"The Back\"\" Smith\",5678,intermediate,strength,12,12,80,60,lb",
            "2001,Ann Again,1234,advanced,legs,16,14,70,90,kg",
        ]);

        var (code, output, _) = Run("member", "import", "--file", csv);

        Assert.Equal(1, code);
        Assert.Contains("2 imported, 4 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("line 3: pin: must be 4-8 digits", output, StringComparison.Ordinal);
        Assert.Contains("line 4: experience: must be one of", output, StringComparison.Ordinal);
        Assert.Contains("line 5: baseline_legs: must be between 5 and 30", output, StringComparison.Ordinal);
        Assert.Contains("line 7: A member with this code already exists.", output, StringComparison.Ordinal);
        var (_, export, _) = Run("member", "export", "--code", "2005");
        Assert.Equal("Ed \"The Back\" Smith", JsonDocument.Parse(export).RootElement.GetProperty("member").GetProperty("displayName").GetString());
    }

    [Fact]
    public void MemberImport_QuotedLineBreaksAndBlankLines_ReportTheLineTheRowStartsOn()
    {
        var csv = Path.Combine(_data, "quoted.csv");
        Directory.CreateDirectory(_data);
        File.WriteAllText(csv, string.Join("\n",
            "code,name,pin,experience,goal,baseline_legs,baseline_back,body_weight_kg,available_minutes,units",
            "3001,\"Flo\nfrom the\nnight shift\",1234,advanced,legs,16,14,70,90,kg",
            "",
            "3002,Gus,1234,expert,legs,16,14,70,90,kg",
            "3003,\"Hal, \"\"H\"\"\",12,advanced,legs,16,14,70,90,kg",
            "3004,\"Ivy, \"\"I\"\" Jr\",1234,advanced,legs,16,14,70,90,kg") + "\n");

        var (code, output, _) = Run("member", "import", "--file", csv);

        Assert.Equal(1, code);
        Assert.Contains("1 imported, 3 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("line 2: display_name: must be 1-80 printable characters", output, StringComparison.Ordinal);
        Assert.Contains("line 6: experience: must be one of", output, StringComparison.Ordinal);
        Assert.Contains("line 7: pin: must be 4-8 digits", output, StringComparison.Ordinal);
        var (_, export, _) = Run("member", "export", "--code", "3004");
        Assert.Equal("Ivy, \"I\" Jr", JsonDocument.Parse(export).RootElement.GetProperty("member").GetProperty("displayName").GetString());
    }

    [Fact]
    public void MemberImportHistory_ReportsWhatWentIn_AndASecondRunAddsNothing()
    {
        // The sample's workouts were in November 2026.
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.Zero));
        Run("member", "add", "--code", "4001", "--name", "Kim", "--pin", "1234", "--experience", "advanced", "--goal", "legs", "--body-weight", "80");
        var file = ImportSamples.PathOf("hevy.csv");

        var (code, output, firstError) = Run("member", "import-history", "--code", "4001", "--file", file, "--format", "hevy");
        Assert.Equal(string.Empty, firstError);
        var (again, second, _) = Run("member", "import-history", "--code", "4001", "--file", file, "--format", "hevy");
        var (wrong, _, error) = Run("member", "import-history", "--code", "4001", "--file", file, "--format", "strong");

        Assert.Equal(1, code);
        Assert.Contains("1 workouts imported with 7 sets; 0 were already there.", output, StringComparison.Ordinal);
        Assert.Contains("not in the exercise table, left out: Plank, sets: 1", output, StringComparison.Ordinal);
        Assert.Contains("line 9: weight_kg: 'heavy' is not a weight from 0 to 600 kg", output, StringComparison.Ordinal);
        Assert.Equal(1, again);
        Assert.Contains("0 workouts imported with 0 sets; 1 were already there.", second, StringComparison.Ordinal);
        Assert.Equal(2, wrong);
        Assert.Contains("error: file: is not a strong export", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberAdd_ExportErase_RoundTrip()
    {
        var (added, _, _) = Run("member", "add", "--code", "1001", "--name", "Alex", "--pin", "1234", "--experience", "advanced", "--goal", "legs", "--body-weight", "180", "--units", "lb");
        var (_, export, _) = Run("member", "export", "--code", "1001");
        var (refused, _, confirm) = Run("member", "erase", "--code", "1001");
        var (erased, _, _) = Run("member", "erase", "--code", "1001", "--yes");
        var (gone, _, missing) = Run("member", "export", "--code", "1001");

        Assert.Equal(0, added);
        using (var json = JsonDocument.Parse(export))
        {
            var profile = json.RootElement.GetProperty("member").GetProperty("profile");
            Assert.Equal(81.65, profile.GetProperty("bodyWeightKg").GetDouble(), 2);
            Assert.Equal("advanced", profile.GetProperty("experience").GetString());
        }

        Assert.Equal(2, refused);
        Assert.Contains("--yes", confirm, StringComparison.Ordinal);
        Assert.Equal(0, erased);
        Assert.Equal(1, gone);
        Assert.Contains("No member with code 1001", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void MemberAdd_BadProfile_NamesTheOption()
    {
        var (code, _, error) = Run("member", "add", "--code", "1001", "--name", "Alex", "--pin", "1234", "--experience", "advanced", "--goal", "legs", "--body-weight", "10");

        Assert.Equal(2, code);
        Assert.Contains("--body-weight: must be between 30 and 300 kg", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private (int Code, string Output, string Error) Run(params string[] args) => Run(new StringReader(string.Empty), args);

    private (int Code, string Output, string Error) Run(TextReader input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run([.. args, "--data", _data], output, error, _clock, input);
        return (code, output.ToString(), error.ToString());
    }
}
