using System.Security.Cryptography;
using System.Text;
using BackLegKiosk.Kiosk.Core;
using BackLegKiosk.Training.Members;
using BackLegKiosk.Training.Vocabulary;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;

namespace BackLegKiosk.Kiosk;

public static class KioskSetup
{
    /// <summary>
    /// One kiosk is one device with one member at a time, so its state (view models, outbox, sync agent)
    /// is a singleton that every browser tab on the device shows.
    /// </summary>
    public static WebApplicationBuilder AddKioskHead(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KioskHostOptions>().Bind(builder.Configuration.GetSection(KioskHostOptions.Section))
            .PostConfigure(PairingFile.Apply)
            .Validate(o => !string.IsNullOrWhiteSpace(o.DeviceKey), "Kiosk:DeviceKey is required: pair the kiosk (--pair CODE --server URL, the code 'backleg kiosk add' prints) or set the key.")
            .Validate(o => Words.Parse<Language>(o.Language) is not null, $"Kiosk:Language must be {Words.OneOf<Language>()}.")
            .ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => KioskTransport.Channel(sp.GetRequiredService<IOptions<KioskHostOptions>>().Value.ServerAddress, sp.GetRequiredService<IOptions<KioskHostOptions>>().Value.ServerFingerprint));
        services.AddSingleton(sp => new Outbox(sp.GetRequiredService<IOptions<KioskHostOptions>>().Value.ResolvedOutboxPath));
        services.AddSingleton(sp => new KioskTransport(
            sp.GetRequiredService<GrpcChannel>(), sp.GetRequiredService<IOptions<KioskHostOptions>>().Value.DeviceKey, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IKioskBackend>(sp => new GrpcKioskBackend(sp.GetRequiredService<KioskTransport>()));
        services.AddSingleton(sp => new ServerAlignedClock(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SyncAgent(
            sp.GetRequiredService<Outbox>(),
            sp.GetRequiredService<KioskTransport>(),
            sp.GetRequiredService<TimeProvider>(),
            new SyncAgentOptions { JitterSeed = BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(sp.GetRequiredService<IOptions<KioskHostOptions>>().Value.DeviceKey))) },
            sp.GetRequiredService<ServerAlignedClock>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KioskHostOptions>>().Value;
            return new KioskViewModel(
                sp.GetRequiredService<IKioskBackend>(),
                sp.GetRequiredService<Outbox>(),
                sp.GetRequiredService<SyncAgent>(),
                sp.GetRequiredService<ServerAlignedClock>(),
                new KioskOptions { Name = options.Name, IdleTimeout = TimeSpan.FromSeconds(options.IdleSeconds), Language = Words.Parse<Language>(options.Language)!.Value });
        });
        services.AddHostedService<SyncAgentService>();
        return builder;
    }
}
