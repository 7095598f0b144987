using System.Collections.Frozen;
using System.Reflection;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace BackLegKiosk.Server.Grpc;

/// <summary>
/// Every protobuf service compiled into the process (ours, health, reflection), by full name, read from
/// the generated descriptors: what a request to a mapped method must parse as. The fuzz run uses the
/// same table, so a service the server maps but this cannot describe is reported there as not covered.
/// </summary>
public static class RequestDescriptors
{
    private static readonly Lazy<FrozenDictionary<string, ServiceDescriptor>> Services = new(Load);

    public static ServiceDescriptor? Service(string fullName) => Services.Value.GetValueOrDefault(fullName);

    public static MessageDescriptor? InputOf(string service, string method) => Service(service)?.FindMethodByName(method)?.InputType;

    private static FrozenDictionary<string, ServiceDescriptor> Load() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .SelectMany(TypesOf)
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .SelectMany(f => f.Services)
            .GroupBy(s => s.FullName, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
