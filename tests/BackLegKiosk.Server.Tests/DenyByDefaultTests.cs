using Grpc.Core;
using Grpc.Reflection.V1Alpha;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BackLegKiosk.Server.Tests;

/// <summary>Every endpoint needs credentials unless it is one of the few listed here, the one list of what anyone may call.</summary>
public class DenyByDefaultTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    /// <summary>
    /// Health for load balancers, staff sign-in over gRPC and on the web, a new kiosk's pairing (the
    /// one-time code is its credential), the page a refused account lands
    /// on, signing out, picking the dashboard's language (a cookie), a member's phone page (the one-time link is its credential), the hub live pages
    /// talk over (each staff page checks staff access inside it), and the pages' static files; gRPC adds,
    /// for the health service (anonymous as a whole), the route that answers UNIMPLEMENTED for a method it lacks.
    /// </summary>
    private static readonly string[] Anonymous =
    [
        "/grpc.health.v1.Health/Check",
        "/grpc.health.v1.Health/Watch",
        "/grpc.health.v1.Health/{unimplementedMethod:grpcunimplemented}",
        "/backleg.v1.AuthService/SignIn",
        "/backleg.v1.PairingService/Pair",
        "/signin",
        "/denied",
        "/signout",
        "/language/{code}",
        "/phone/{Secret}",
        "/_blazor",
        "/_blazor/negotiate",
        "/_blazor/initializers/",
        "/_blazor/disconnect/",
    ];

    [Fact]
    public void AnonymousEndpoints_AreExactlyTheListedOnes_AndTheStaticFiles()
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !IsStaticFile(e))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Anonymous.Order(StringComparer.Ordinal), anonymous);
        Assert.Contains(endpoints, IsStaticFile);
        Assert.All(endpoints.Where(IsStaticFile), e => Assert.NotNull(e.Metadata.GetMetadata<IAllowAnonymous>()));
    }

    [Fact]
    public async Task Reflection_WithoutStaffCredentials_Unauthenticated()
    {
        var ct = TestContext.Current.CancellationToken;

        // The refusal can come back before the request is written or after it: either step may be the one that sees it.
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = new ServerReflection.ServerReflectionClient(server.Channel).ServerReflectionInfo(cancellationToken: ct);
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty }, ct);
            await call.ResponseStream.MoveNext(ct);
        });

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task AMethodNoServiceImplements_Anonymous_IsUnauthenticatedNotAnswered()
    {
        var method = new Method<byte[], byte[]>(MethodType.Unary, "backleg.v1.NotAService", "Anything", Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

        var error = await Assert.ThrowsAsync<RpcException>(async () => await server.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(), []));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    /// <summary>A file MapStaticAssets serves: the pages' scripts and styles, which the sign-in page needs before anyone signs in.</summary>
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");
}
