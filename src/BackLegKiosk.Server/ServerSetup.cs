using System.Security.Cryptography.X509Certificates;
using BackLegKiosk.Server.Dashboard;
using BackLegKiosk.Server.Data;
using BackLegKiosk.Server.Domain;
using BackLegKiosk.Server.Domain.Facts;
using BackLegKiosk.Server.Domain.Staff;
using BackLegKiosk.Server.Domain.Sessions;
using BackLegKiosk.Server.Grpc;
using BackLegKiosk.Server.Mapping;
using BackLegKiosk.Server.Security;
using BackLegKiosk.Training.Catalog;
using BackLegKiosk.Training.Planning;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenTelemetry.Metrics;

namespace BackLegKiosk.Server;

public static partial class ServerSetup
{
    /// <summary>
    /// The largest message the server reads: a push of 500 facts (the most <c>BackLeg:MaxBatch</c> allows)
    /// with long reasons is under 150 KB, so anything bigger is a mistake or an attack, refused before it
    /// is parsed (RESOURCE_EXHAUSTED) instead of the 4 MB default.
    /// </summary>
    public const int MaxMessageBytes = 256 * 1024;

    public static WebApplicationBuilder AddBackLegServer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var endpoints = new ServerEndpoints();
        services.AddSingleton(endpoints);
        var settings = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        InsecureEndpoints.Refuse(builder.Configuration, settings.AllowInsecure);
        var certificate = new Lazy<X509Certificate2>(() => ServerCertificate.LoadOrCreate(settings));
        services.AddSingleton(_ => certificate.Value);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate.Value);
            kestrel.Configure(context.Configuration.GetSection("Kestrel"))
                .Endpoint(ServerEndpoints.GrpcName, e => endpoints.Grpc = (e.ListenOptions, e.IsHttps))
                .Endpoint(ServerEndpoints.DashboardName, e => endpoints.Dashboard = (e.ListenOptions, e.IsHttps));
            LimitRequests(kestrel.Limits);
        });

        // The dashboard's component-library assets live in their NuGet package until publish; serve them from there in any environment.
        builder.WebHost.UseStaticWebAssets();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidation>();
        services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.Section)).ValidateOnStart();
        services.AddBackLegStore();
        services.AddSingleton<IValidateOptions<PlannerOptions>, PlannerOptionsValidation>();
        services.AddOptions<PlannerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.PlannerSection)).ValidateOnStart();
        services.AddSingleton(sp => new SessionPlanner(sp.GetRequiredService<ExerciseCatalog>(), sp.GetRequiredService<IOptions<PlannerOptions>>().Value));
        services.AddChangeFeed(settings.StoreKind);
        services.AddSingleton<ServerMetrics>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<StaffTokenIssuer>();
        services.AddSingleton<FactWriter>();
        services.AddSingleton<IPlanSnapshot, PlanSnapshot>();
        services.AddSingleton<FactReader>();
        AddDesks(services);

        services.AddStaffDashboard();

        services.AddBackLegSecurity();
        services.AddBackLegRateLimits();

        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<FailureInterceptor>();
            grpc.MaxReceiveMessageSize = MaxMessageBytes;
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(ServerMetrics.MeterName).AddAspNetCoreInstrumentation();
            if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            {
                metrics.AddOtlpExporter();
            }
        });
        return builder;
    }

    /// <summary>The domain's request-scoped services, one per store context.</summary>
    private static void AddDesks(IServiceCollection services)
    {
        services.AddScoped<CheckInDesk>();
        services.AddScoped<SessionDesk>();
        services.AddScoped<Domain.Floor.FloorDesk>();
        services.AddScoped<Domain.Floor.FreedStations>();
        services.AddScoped<Domain.HandOffs.HandOffDesk>();
        services.AddScoped<Domain.Coaching.CoachOverrides>();
        services.AddScoped<StaffQueries>();
    }

    /// <summary>
    /// Kestrel's side of "resources have limits": bodies no larger than a message, small headers, a bounded
    /// number of streams per connection, and HTTP/2 pings, so a kiosk that vanished off the floor network
    /// (cable pulled, no FIN) frees its connection and its watch stream within a minute.
    /// </summary>
    private static void LimitRequests(KestrelServerLimits limits)
    {
        limits.MaxRequestBodySize = MaxMessageBytes + 1024;
        limits.MaxRequestHeadersTotalSize = 16 * 1024;
        limits.Http2.MaxStreamsPerConnection = 64;
        limits.Http2.KeepAlivePingDelay = TimeSpan.FromSeconds(30);
        limits.Http2.KeepAlivePingTimeout = TimeSpan.FromSeconds(20);
    }

    /// <summary>Who may call what: the staff cookie for the dashboard, device keys for kiosks, bearer tokens for staff over gRPC.</summary>
    private static void AddBackLegSecurity(this IServiceCollection services)
    {
        // The cookie is the default so the dashboard's pages and circuit see who signed in; gRPC policies name their own schemes.
        services.AddAuthentication(Policies.StaffCookieScheme)
            .AddCookie(Policies.StaffCookieScheme)
            .AddScheme<AuthenticationSchemeOptions, DeviceKeyAuthenticationHandler>(Policies.DeviceScheme, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyProvider>((jwt, keys) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = StaffTokenIssuer.Issuer,
                    ValidAudience = StaffTokenIssuer.Issuer,
                    IssuerSigningKey = keys.Key,
                    RoleClaimType = System.Security.Claims.ClaimTypes.Role,
                    NameClaimType = System.Security.Claims.ClaimTypes.Name,
                };
                jwt.Events = new JwtBearerEvents { OnTokenValidated = RecheckStaffAsync };
            });
        var dashboard = new AuthorizationPolicyBuilder(Policies.StaffCookieScheme).RequireRole(Policies.StaffRole).Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Kiosk, p => p.AddAuthenticationSchemes(Policies.DeviceScheme).RequireClaim(Policies.KioskIdClaim))
            .AddPolicy(Policies.Staff, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireRole(Policies.StaffRole))
            .AddPolicy(Policies.StaffDashboard, dashboard)
            // Deny by default: an endpoint that names no policy needs a signed-in staff member, so one added
            // without thought is closed, not open. The anonymous ones say so where they are mapped.
            .SetFallbackPolicy(dashboard);
    }

    /// <summary>A token outlives a change to its account: it is honoured only while the account still holds staff access.</summary>
    private static async Task RecheckStaffAsync(TokenValidatedContext context)
    {
        if (Policies.StaffId(context.Principal) is not { } id
            || !await context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>().StillStaffAsync(id, context.HttpContext.RequestAborted))
        {
            context.Fail("The staff account was removed or its staff access revoked.");
        }
    }

    /// <summary>Live changes for watchers; with PostgreSQL, relayed between the replicas that share it.</summary>
    private static void AddChangeFeed(this IServiceCollection services, StoreKind store)
    {
        services.AddSingleton<ChangeFeed>();
        if (store == StoreKind.Postgres)
        {
            services.AddHostedService<PostgresChangeRelay>();
        }
    }

    /// <summary>
    /// The store and the administration services over it: what the server and the operator command
    /// line share. Options come from the <see cref="ServerOptions"/> bound by the caller.
    /// </summary>
    public static IServiceCollection AddBackLegStore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<BackLegDbContext>((sp, db) => db.UseBackLegStore(sp.GetRequiredService<IOptions<ServerOptions>>().Value));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContext());
        services.AddScoped<MemberDirectory>();
        services.AddScoped<KioskRegistry>();
        services.AddScoped<StaffDirectory>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ServerOptions>>().Value.LoadCatalog());
        services.AddSingleton(sp => new Domain.HistoryImport.ImportNames(sp.GetRequiredService<ExerciseCatalog>(), sp.GetRequiredService<IOptions<ServerOptions>>().Value.ImportNames));
        services.AddScoped<Domain.HistoryImport.HistoryImporter>();
        return services;
    }

    public static WebApplication MapBackLegServer(this WebApplication app)
    {
        var endpoints = app.Services.GetRequiredService<ServerEndpoints>();

        // Read the signing key now, so a key file with loose rights stops the start, not a staff call later.
        _ = app.Services.GetRequiredService<SigningKeyProvider>().Key;
        app.Use((context, next) =>
        {
            if (endpoints.Serves(context))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        if (InsecureEndpoints.Find(app.Configuration) is { Count: > 0 } insecure)
        {
            var listed = string.Join(", ", insecure.Select(i => $"{i.Key}={i.Url}"));
            LogInsecure(app.Logger, listed);
        }

        if (app.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true))
        {
            var fingerprint = ServerCertificate.Fingerprint(app.Services.GetRequiredService<X509Certificate2>());
            LogCertificate(app.Logger, fingerprint);
        }

        // Only HTTPS responses carry it; the dashboard cookie is already Secure whenever the request was.
        app.UseHsts();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MalformedRequestGuard>();
        app.MapGrpcService<KioskGrpcService>();
        app.MapGrpcService<SyncGrpcService>();
        app.MapGrpcService<MemberGrpcService>();
        app.MapGrpcService<StaffGrpcService>();
        app.MapGrpcService<AuthGrpcService>();
        app.MapGrpcService<PairingGrpcService>();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        if (app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.Reflection)
        {
            app.MapGrpcReflectionService().RequireAuthorization(Policies.Staff);
        }

        app.MapStaffDashboard();
        return app;
    }

    /// <summary>
    /// The server in this process on 127.0.0.1 (port 0 picks a free one) over a SQLite data folder, as
    /// the one command, the load test and the kiosk tests run it. Logs only warnings. <paramref name="configure"/>
    /// adds the caller's own settings and services (a test's clock, a smaller batch limit) before the server's.
    /// </summary>
    public static async Task<WebApplication> StartOnLoopbackAsync(string dataFolder, int port, int dashboardPort = 0, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        // Named after this assembly, so the dashboard's static assets are found from whichever program hosts the server.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(ServerSetup).Assembly.GetName().Name });
        builder.Configuration["BackLeg:DataFolder"] = dataFolder;
        builder.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Url"] = $"http://127.0.0.1:{port}";
        builder.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.GrpcName}:Protocols"] = "Http2";
        builder.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.DashboardName}:Url"] = $"http://127.0.0.1:{dashboardPort}";
        builder.Configuration[$"Kestrel:Endpoints:{ServerEndpoints.DashboardName}:Protocols"] = "Http1";
        // appsettings.json asks for Information by default, and a configured level outranks SetMinimumLevel.
        builder.Configuration["Logging:LogLevel:Default"] = nameof(LogLevel.Warning);
        configure?.Invoke(builder);
        builder.AddBackLegServer();
        var app = builder.Build();
        await app.Services.MigrateBackLegStoreAsync();
        app.MapBackLegServer();
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>The gRPC address a started server listens on.</summary>
    public static string ListeningAddress(this WebApplication app) => app.Services.GetRequiredService<ServerEndpoints>().GrpcAddress;

    /// <summary>The staff dashboard's address on a started server.</summary>
    public static string DashboardAddress(this WebApplication app) => app.Services.GetRequiredService<ServerEndpoints>().DashboardAddress;

    public static async Task MigrateBackLegStoreAsync(this IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<BackLegDbContext>>().CreateDbContextAsync();
        await DatabaseSetup.MigrateAsync(db);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS certificate fingerprint (SHA-256; set it on kiosks as Kiosk:ServerFingerprint): {Fingerprint}")]
    private static partial void LogCertificate(ILogger logger, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "BackLeg:AllowInsecure is set: {Endpoints} serve plain HTTP off loopback; PINs, tokens and device keys cross that network in clear unless a proxy in front terminates TLS.")]
    private static partial void LogInsecure(ILogger logger, string endpoints);
}
