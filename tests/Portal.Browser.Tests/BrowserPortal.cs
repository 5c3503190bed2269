using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Portal.Browser.Tests;

/// <summary>
/// The whole portal in demo mode on a fresh SQLite database, served by Kestrel on a free loopback port,
/// and one headless Debian Chromium driven by Playwright. Shared by every journey in <see cref="BrowserCollection"/>.
/// </summary>
public sealed class BrowserPortal : PortalFactory, IAsyncLifetime
{
    /// <summary>Debian's package puts it here; PORTAL_CHROMIUM points elsewhere. Playwright's own browsers are never downloaded.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserPortal()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the portal listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>Where journeys leave screenshots when they fail: PORTAL_TEST_ARTIFACTS, or a temporary folder.</summary>
    public static string ArtifactsFolder =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "portal-browser-tests");

    public async Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseUrl = addresses?.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("Kestrel reported no address.");

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ChromiumPath}. Install Debian's package (apt-get install chromium) or run scripts/test.sh, which does; " +
                "set PORTAL_CHROMIUM to use another build. Playwright's own browser download is not used.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh browser profile (own cookies and localStorage), resolving relative URLs against the portal.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        ChargeErrorsToRunningTest();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser journeys";
}
