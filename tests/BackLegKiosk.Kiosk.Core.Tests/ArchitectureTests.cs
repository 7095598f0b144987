using System.Reflection;

namespace BackLegKiosk.Kiosk.Core.Tests;

public class ArchitectureTests
{
    [Fact]
    public void KioskCore_ReferencesNoWebOrUiToolkitAssembly()
    {
        var references = typeof(RestTimer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.JSInterop", StringComparison.Ordinal));
        Assert.Contains("CommunityToolkit.Mvvm", references);
    }

    /// <summary>
    /// What a head binds (the view models, the backend they call, the records and text they hand out)
    /// names no contract or protobuf type: the wire stops at KioskWire, the transport and the outbox.
    /// </summary>
    [Fact]
    public void WhatAHeadBinds_NamesNoContractOrProtobufType()
    {
        var wire = new[] { typeof(Contracts.V1.Fact).Assembly, typeof(Google.Protobuf.IMessage).Assembly };
        var bound = typeof(RestTimer).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("ViewModel", StringComparison.Ordinal) || t == typeof(IKioskBackend) || t == typeof(KioskText) || t == typeof(WorkoutStep))
            .ToList();
        var offenders = bound
            .SelectMany(t => PublicSignature(t).SelectMany(s => Unwrap(s.Type).Select(u => (s.Member, Type: u))).Where(s => wire.Contains(s.Type.Assembly)).Select(s => $"{t.Name}.{s.Member}: {s.Type.Name}"))
            .ToList();

        Assert.Equal(6, bound.Count);
        Assert.Empty(offenders);
    }

    private static IEnumerable<(string Member, Type Type)> PublicSignature(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(visible))
        {
            yield return (property.Name, property.PropertyType);
        }

        foreach (var e in type.GetEvents(visible))
        {
            yield return (e.Name, e.EventHandlerType!);
        }

        foreach (var method in type.GetMethods(visible).Cast<MethodBase>().Concat(type.GetConstructors()))
        {
            foreach (var t in method.GetParameters().Select(p => p.ParameterType).Concat(method is MethodInfo m ? [m.ReturnType] : []))
            {
                yield return (method.Name, t);
            }
        }
    }

    /// <summary>A type and every type argument and element type inside it (a Task of a list of records).</summary>
    private static IEnumerable<Type> Unwrap(Type type) =>
        new[] { type }.Concat((type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : []).SelectMany(Unwrap));
}
