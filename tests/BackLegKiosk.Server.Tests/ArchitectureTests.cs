using System.Reflection;
using BackLegKiosk.Server.Domain;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BackLegKiosk.Server.Tests;

public class ArchitectureTests
{
    private const string DomainNamespace = "BackLegKiosk.Server.Domain";

    [Fact]
    public void Domain_SignaturesNameNoContractOrProtobufType()
    {
        var wire = new[] { typeof(Contracts.V1.Fact).Assembly, typeof(Google.Protobuf.IMessage).Assembly };
        var offenders = typeof(CheckInDesk).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith(DomainNamespace, StringComparison.Ordinal) == true)
            .SelectMany(t => SignatureTypes(t).Where(s => wire.Contains(s.Type.Assembly)).Select(s => $"{t.Name}.{s.Member}: {s.Type.Name}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Domain_SourceUsesNoContractNamespace()
    {
        var domain = Path.Combine(RepositoryRoot(), "src", "BackLegKiosk.Server", "Domain");
        var offenders = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Contracts.V1", StringComparison.Ordinal) || text.Contains("Google.Protobuf", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(domain, f))
            .ToList();

        Assert.NotEmpty(Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories));
        Assert.Empty(offenders);
    }

    /// <summary>
    /// The house limit: no method, constructor, accessor or local function in src/ over 60 lines, EF
    /// migrations (generated) aside. Read as Roslyn syntax, so a long expression body counts as well as a block.
    /// </summary>
    [Fact]
    public void Source_NoMethodLongerThanSixtyLines()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "Migrations"))
            .ToList();
        var offenders = files
            .SelectMany(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: Path.GetRelativePath(src, f)).GetRoot().DescendantNodes()
                .Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax)
                .Select(n => n.GetLocation().GetLineSpan())
                .Where(span => span.EndLinePosition.Line - span.StartLinePosition.Line + 1 > 60)
                .Select(span => $"{span.Path}:{span.StartLinePosition.Line + 1} ({span.EndLinePosition.Line - span.StartLinePosition.Line + 1} lines)"))
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files found under {src}");
        Assert.Empty(offenders);
    }

    private static IEnumerable<(string Member, Type Type)> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(all))
        {
            foreach (var t in Unwrap(field.FieldType))
            {
                yield return (field.Name, t);
            }
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            var types = method.GetParameters().Select(p => p.ParameterType)
                .Concat(method is MethodInfo m ? [m.ReturnType] : [])
                .Concat(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            foreach (var t in types.SelectMany(Unwrap))
            {
                yield return (method.Name, t);
            }
        }
    }

    /// <summary>A type and every type argument, element type and tuple part inside it.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var t in inner.SelectMany(Unwrap))
        {
            yield return t;
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BackLegKiosk.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("BackLegKiosk.sln not found above " + AppContext.BaseDirectory);
    }
}
