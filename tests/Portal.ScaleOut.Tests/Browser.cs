using System.Net;
using Portal.Testing;

namespace Portal.ScaleOut.Tests;

/// <summary>One cookie jar for both nodes (cookies do not depend on the port), as a browser behind a load balancer has.</summary>
internal sealed class Browser
{
    public Browser(Uri a, Uri b)
    {
        var cookies = new CookieContainer();
        A = new PortalClient(Client(a, cookies));
        B = new PortalClient(Client(b, cookies));
    }

    public PortalClient A { get; }

    public PortalClient B { get; }

    private static HttpClient Client(Uri address, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
